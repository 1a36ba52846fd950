import { type DataDiff } from './model.js';
/** What changes, in a few words (`lead`), then the numbers behind it. */
export interface Headline {
    lead: string;
    details: string[];
}
export declare function headline(diff: DataDiff): Headline;
/** `12 repositories unchanged`. */
export declare function unchangedLine(diff: DataDiff): string;
/** The totals before → after; a number that did not move is shown once. */
export declare function totalsParts(diff: DataDiff): string[];
