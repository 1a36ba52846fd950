import { type StatsRecord } from '../stats/record.js';
/** Paths of the data branch (SPEC §3). */
export declare const RESULTS_PATH = "stats/results";
export declare const RECORDS_PATH = "stats/records.jsonl";
export declare const PROJECTS_DIR = "projects/";
/** The records in the data files' order: lowercased canonical name, byte order. */
export declare function sortRecords(records: readonly StatsRecord[]): StatsRecord[];
/** `stats/results`: one `owner/repo, deps, lines` line per repository with stats. */
export declare function renderResults(records: readonly StatsRecord[]): string;
/** `stats/records.jsonl`: one JSON object per datum. */
export declare function renderRecords(records: readonly StatsRecord[]): string;
/** Reads `stats/records.jsonl`; `where` names it in errors (e.g. the data commit). */
export declare function parseRecords(text: string, where: string): StatsRecord[];
