import { type StatsRecord } from '../stats/record.js';
import type { DataCommitFacts } from '../store/data-commit-message.js';
import type { TrendPoint } from './trend.js';
export declare const README_PATH = "README.md";
/** What the data branch is about, beyond its data: where its input comes from, and where the repositories are. */
export interface DataBranchAbout {
    /** The source branch whose input files the data branch holds. */
    sourceBranch?: string;
    /** Where the repositories named in the input are (default https://github.com). */
    serverUrl?: string;
}
export interface DataReadmeContent {
    /** The data branch. */
    branch: string;
    about: DataBranchAbout;
    facts: DataCommitFacts;
    /** The commit's records, in the data files' order. */
    records: readonly StatsRecord[];
    /** The projects/ paths the commit holds, when known. */
    inputPaths: readonly string[] | null;
    /** Recent data commits, oldest first, this one last: the chart's points. */
    trend: readonly TrendPoint[];
}
/** Whether a README.md is one Tusk wrote (and may replace). */
export declare function isGeneratedReadme(text: string): boolean;
/** The README of a data commit. */
export declare function renderDataReadme(content: DataReadmeContent): string;
