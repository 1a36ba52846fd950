import { byteOrder, canonicalName, nameKey, sortByName } from '../names/repo-name.js';
import type { FileBytes } from './repo-backend.js';
import { hasStats, recordToJson, resultLine, type StatsRecord } from '../stats/record.js';

/** Paths of the data branch (docs/contract.md §4.1). */
export const RESULTS_PATH = 'stats/results';
export const RECORDS_PATH = 'stats/records.jsonl';
export const PROJECTS_DIR = 'projects/';

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
export function sortRecords(records: readonly StatsRecord[]): readonly StatsRecord[] {
  return sortByName(records, (record) => record.repo);
}

/** A data file is written into pieces of this size: 20 of them at 100,000 records. */
const PIECE_BYTES = 1024 * 1024;
/** Lines joined before they are written: one write a batch, where one a line cost more than the lines. */
const LINES_A_BATCH = 256;

/**
 * The lines `lineOf` gives for the records it keeps (null: none), each ending in \n, as UTF-8
 * pieces. Written a batch of lines at a time: each batch's strings die young, and neither a
 * string of the whole file (20 MB at 100,000 records) nor a copy of the pieces joined is made.
 */
function renderLines(records: readonly StatsRecord[], lineOf: (record: StatsRecord) => string | null): FileBytes {
  const pieces: Buffer[] = [];
  let piece = Buffer.allocUnsafeSlow(PIECE_BYTES);
  let used = 0;
  const write = (batch: string[]): void => {
    const text = `${batch.join('\n')}\n`;
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (used + text.length * 3 > piece.length) {
      if (used > 0) pieces.push(piece.subarray(0, used));
      piece = Buffer.allocUnsafeSlow(Math.max(PIECE_BYTES, text.length * 3));
      used = 0;
    }
    used += piece.write(text, used);
  };
  let batch: string[] = [];
  for (let i = 0; i < records.length; i++) {
    const line = lineOf(records[i]!);
    if (line === null) continue;
    batch.push(line);
    if (batch.length === LINES_A_BATCH) {
      write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) write(batch);
  if (used > 0) pieces.push(piece.subarray(0, used));
  return pieces;
}

/** A data commit's files, as bytes, and its records in their order (sorted once for all of them). */
export interface DataFiles {
  sorted: readonly StatsRecord[];
  /** `stats/results`: one `owner/repo, deps, lines` line per repository with stats. */
  results: FileBytes;
  /** `stats/records.jsonl`: one JSON object per datum. */
  records: FileBytes;
}

export function dataFiles(records: readonly StatsRecord[]): DataFiles {
  const sorted = sortRecords(records);
  return {
    sorted,
    results: renderLines(sorted, (record) => (hasStats(record) ? resultLine(record) : null)),
    records: renderLines(sorted, recordToJson),
  };
}

function isCount(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}

/** What is wrong with one parsed line, or null when it is a record Tusk could have written. */
function recordProblem(value: Record<string, unknown>): string | null {
  const { repo, commit, files, lines, deps, unparsed, error, engine, renamed, pending, stale } = value;
  if (typeof repo !== 'string' || canonicalName(repo) !== repo) return '"repo" is not an owner/repo name';
  if (renamed !== undefined && (typeof renamed !== 'string' || canonicalName(renamed) !== renamed)) return '"renamed" is not an owner/repo name';
  if (engine !== undefined && !(typeof engine === 'number' && Number.isInteger(engine) && engine >= 1)) return '"engine" is not a version number';
  if (commit !== null && typeof commit !== 'string') return '"commit" is not a string or null';
  if (error !== null && typeof error !== 'string') return '"error" is not a string or null';
  if (pending !== undefined && pending !== true) return '"pending" is not true';
  if (stale !== undefined && typeof stale !== 'string') return '"stale" is not a string';
  const counts = [files, lines, deps, unparsed];
  if (!counts.every(isCount)) return 'a count is not a whole number or null';
  const numbers = counts.filter((count) => count !== null).length;
  if (pending && (error !== null || numbers > 0)) return 'a pending record has an error or numbers';
  if (!pending && error === null && numbers < counts.length) return 'a record with neither an error nor all its numbers';
  if (error !== null && numbers > 0) return 'a record with both an error and numbers';
  return null;
}

/** One line of `stats/records.jsonl` as a record (its known fields only), or what is wrong with it. */
function parseRecordLine(text: string): StatsRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not a JSON object';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const problem = recordProblem(value as Record<string, unknown>);
  if (problem) return problem;
  const { repo, commit, files, lines, deps, unparsed, error, engine, renamed, pending, stale } = value as StatsRecord;
  const record: StatsRecord = { repo, commit, files, lines, deps, unparsed, error };
  if (engine !== undefined) record.engine = engine;
  if (renamed) record.renamed = renamed;
  if (pending) record.pending = pending;
  if (stale) record.stale = stale;
  return record;
}

/** Records read back from `stats/records.jsonl`, and the lines that were not records (each "file:line: why"). */
export interface ParsedRecords {
  records: StatsRecord[];
  problems: string[];
}

/**
 * Reads `stats/records.jsonl`; `where` names it in problems (e.g. the data commit). A line that is
 * not a record Tusk could have written (a hand edit gone wrong, a repository listed twice) is left
 * out and reported: its datum is computed again, and nothing blocks the run.
 */
export function parseRecords(text: string, where: string): ParsedRecords {
  const records: StatsRecord[] = [];
  const keys: string[] = [];
  const lineOf: number[] = [];
  const problems: { line: number; why: string }[] = [];
  // Line by line, without an array of every line: 100,000 records are 20 MB of text.
  for (let start = 0, line = 1; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const item = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length : end + 1;
    if (item.trim() === '') continue;
    const record = parseRecordLine(item);
    if (typeof record === 'string') {
      problems.push({ line, why: record });
      continue;
    }
    records.push(record);
    keys.push(nameKey(record.repo));
    lineOf.push(line);
  }
  // A repository listed twice: neither line can be trusted over the other. In name order (the
  // file's own, unless edited by hand) a name's records are neighbours.
  const order = byteOrder(keys);
  const nth = (n: number): string => keys[order === null ? n : order[n]!]!;
  const listedTwice = new Set<string>();
  for (let n = 1; n < keys.length; n++) if (nth(n) === nth(n - 1)) listedTwice.add(nth(n));
  if (listedTwice.size === 0) return { records, problems: located(problems, where) };
  const kept: StatsRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    if (listedTwice.has(keys[i]!)) problems.push({ line: lineOf[i]!, why: `${records[i]!.repo} has more than one record` });
    else kept.push(records[i]!);
  }
  return { records: kept, problems: located(problems, where) };
}

/** Problems in line order, each as "where:stats/records.jsonl:line: why". */
function located(problems: { line: number; why: string }[], where: string): string[] {
  return problems.sort((a, b) => a.line - b.line).map(({ line, why }) => `${where}:${RECORDS_PATH}:${line}: ${why}`);
}
