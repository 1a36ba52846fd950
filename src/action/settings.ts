import { DEFAULT_MAX_TARBALL_BYTES } from '../sources/github-sources.js';
import { DEFAULT_DATA_BRANCH, isValidBranchName } from '../store/data-layout.js';

const MEBIBYTE = 1024 * 1024;

/** The action's inputs (action.yml), parsed once and checked, with errors that name the input. */

export type ModeInput = 'auto' | 'commit' | 'comment' | 'refresh';
const MODES: readonly ModeInput[] = ['auto', 'commit', 'comment', 'refresh'];

export interface ActionSettings {
  token: string;
  /** Paths or globs of the input files. */
  input: string[];
  /** The data branch's name, with `{branch}` standing for the source branch. */
  dataBranch: string;
  mode: ModeInput;
  concurrency: number;
  maxTarballBytes: number;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new SettingsError(`input "${name}" must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Parses the inputs read by `get` (core.getInput, or a test's table). */
export function parseSettings(get: (name: string) => string): ActionSettings {
  const token = get('token');
  if (!token) throw new SettingsError('input "token" is empty: pass ${{ github.token }} or a token with contents access');
  const input = get('input')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (input.length === 0) throw new SettingsError('input "input" is empty: name the input file, e.g. projects.txt');
  const dataBranch = get('data-branch').trim() || DEFAULT_DATA_BRANCH;
  if (!isValidBranchName(dataBranch.replaceAll('{branch}', 'main'))) {
    throw new SettingsError(`input "data-branch" is not a valid branch name: "${dataBranch}"`);
  }
  const mode = (get('mode').trim() || 'auto') as ModeInput;
  if (!MODES.includes(mode)) throw new SettingsError(`input "mode" must be one of ${MODES.join(', ')}, got "${mode}"`);
  const concurrency = wholeNumber('concurrency', get('concurrency') || '8', 1, 64);
  const maxMegabytes = wholeNumber('max-tarball-mb', get('max-tarball-mb') || String(DEFAULT_MAX_TARBALL_BYTES / MEBIBYTE), 1, 1_000_000);
  return { token, input, dataBranch, mode, concurrency, maxTarballBytes: maxMegabytes * MEBIBYTE };
}
