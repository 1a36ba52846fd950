import { sortByName } from '../names/repo-name.js';
import { recordToJson, resultLine, type StatsRecord } from '../stats/record.js';

/** Paths of the data branch (SPEC §3). */
export const RESULTS_PATH = 'stats/results';
export const RECORDS_PATH = 'stats/records.jsonl';
export const PROJECTS_DIR = 'projects/';

/** The data branch template's default (SPEC §3): `{branch}` is the source branch. */
export const DEFAULT_DATA_BRANCH = 'tusk/{branch}';

/** Git's rules for a branch name, for what a template can produce. */
export function isValidBranchName(name: string): boolean {
  return (
    name !== '' &&
    !/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name) &&
    !name.includes('..') &&
    !name.includes('@{') &&
    !name.includes('//') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.lock') &&
    !name.endsWith('.') &&
    !name.split('/').some((part) => part.startsWith('.'))
  );
}

/** The data branch of `sourceBranch` under `template`; throws when that is no valid branch name. */
export function dataBranchFor(template: string, sourceBranch: string): string {
  const name = template.replaceAll('{branch}', sourceBranch);
  if (!isValidBranchName(name)) throw new Error(`data branch "${name}" (from "${template}") is not a valid branch name`);
  return name;
}

/** The records in the data files' order: lowercased canonical name, byte order. */
export function sortRecords(records: readonly StatsRecord[]): StatsRecord[] {
  return sortByName(records, (record) => record.repo);
}

/** `stats/results`: one `owner/repo, deps, lines` line per repository with stats. */
export function renderResults(records: readonly StatsRecord[]): string {
  return sortRecords(records)
    .filter((record) => record.error === null)
    .map((record) => `${resultLine(record)}\n`)
    .join('');
}

/** `stats/records.jsonl`: one JSON object per datum. */
export function renderRecords(records: readonly StatsRecord[]): string {
  return sortRecords(records)
    .map((record) => `${recordToJson(record)}\n`)
    .join('');
}

function isCount(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}

/** Reads `stats/records.jsonl`; `where` names it in errors (e.g. the data commit). */
export function parseRecords(text: string, where: string): StatsRecord[] {
  const records: StatsRecord[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const fail = (why: string): never => {
      throw new Error(`${where}:${RECORDS_PATH}:${index + 1}: ${why}`);
    };
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return fail('not a JSON object');
    }
    const { repo, commit, files, lines, deps, unparsed, error } = value;
    if (typeof repo !== 'string') fail('"repo" is not a string');
    if (commit !== null && typeof commit !== 'string') fail('"commit" is not a string or null');
    if (error !== null && typeof error !== 'string') fail('"error" is not a string or null');
    if (![files, lines, deps, unparsed].every(isCount)) fail('a count is not a whole number or null');
    records.push({ repo, commit, files, lines, deps, unparsed, error } as StatsRecord);
  });
  return records;
}
