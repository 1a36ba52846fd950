import { DEFAULTS } from '../defaults.js';
import { defaultRunLimits, RUN_LIMIT_NAMES, RUN_LIMIT_PARSERS, type RunLimits } from '../settings/run-limits.js';
import { oneOf, ValueError } from '../settings/values.js';
import { isValidBranchName } from '../store/data-layout.js';
import { forcedNames, type ForcedNames } from '../pipeline/plan.js';

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
  limits: RunLimits;
  /** Datums to compute again although they could be reused (for a run started by hand). */
  force: ForcedNames;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** `parse(raw)`, with a broken rule reported as the input's error, quoting what it got. */
function checked<T>(name: string, raw: string, parse: (raw: string) => T): T {
  try {
    return parse(raw);
  } catch (error) {
    if (error instanceof ValueError) throw new SettingsError(`input "${name}" ${error.message}, got "${raw}"`);
    throw error;
  }
}

/** The `force` input: names one a line or separated by spaces, or `all`. */
function forceInput(raw: string): ForcedNames {
  const words = raw.split(/\s+/).filter((word) => word !== '');
  const forced = forcedNames(words.length === 1 && words[0] === 'all' ? 'all' : words);
  if ('invalid' in forced) throw new SettingsError(`input "force" must be repository names (owner/repo) or "all", got "${forced.invalid}"`);
  return forced;
}

/** Parses the inputs read by `get` (core.getInput, or a test's table); an empty input takes its default. */
export function parseSettings(get: (name: string) => string): ActionSettings {
  const token = get('token');
  if (!token) throw new SettingsError('input "token" is empty: pass ${{ github.token }} or a token with contents access');
  const input = get('input')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (input.length === 0) throw new SettingsError(`input "input" is empty: name the input file, e.g. ${DEFAULTS.input[0]}`);
  const dataBranch = get('data-branch').trim() || DEFAULTS.dataBranch;
  if (!isValidBranchName(dataBranch.replaceAll('{branch}', 'main'))) {
    throw new SettingsError(`input "data-branch" is not a valid branch name: "${dataBranch}"`);
  }
  const mode = checked('mode', get('mode') || 'auto', (raw) => oneOf(raw, MODES));
  let limits = defaultRunLimits(DEFAULTS.timeBudgetMs);
  for (const name of RUN_LIMIT_NAMES) {
    const raw = get(name);
    if (raw.trim() !== '') limits = { ...limits, ...checked(name, raw, RUN_LIMIT_PARSERS[name]) };
  }
  return { token, input, dataBranch, mode, limits, force: forceInput(get('force')) };
}
