import type { FileBytes } from './repo-backend.js';
import { type StatsRecord } from '../stats/record.js';
/** Paths of the data branch (docs/contract.md §4.1). */
export declare const RESULTS_PATH = "stats/results";
export declare const RECORDS_PATH = "stats/records.jsonl";
export declare const PROJECTS_DIR = "projects/";
/** Git's rules for a branch name, for what a template can produce. */
export declare function isValidBranchName(name: string): boolean;
/** The data branch of `sourceBranch` under `template`; throws when that is no valid branch name. */
export declare function dataBranchFor(template: string, sourceBranch: string): string;
/** The records in the data files' order: lowercased canonical name, byte order. */
export declare function sortRecords(records: readonly StatsRecord[]): readonly StatsRecord[];
/** A data commit's files, as bytes, and its records in their order (sorted once for all of them). */
export interface DataFiles {
    sorted: readonly StatsRecord[];
    /** `stats/results`: one `owner/repo, deps, lines` line per repository with stats. */
    results: FileBytes;
    /** `stats/records.jsonl`: one JSON object per datum. */
    records: FileBytes;
}
export declare function dataFiles(records: readonly StatsRecord[]): DataFiles;
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
export declare function parseRecords(text: string, where: string): ParsedRecords;
