import type { Totals } from '../diff/model.js';
import { type TrendPoint } from './trend.js';
export interface TrendMarkdownContent {
    /** The base data branch. */
    branch: string;
    /** Its recent data commits, oldest first. */
    history: readonly TrendPoint[];
    /** The totals with the pull request. */
    proposed: Totals;
    /** Where data commits are linked, as `<repositoryUrl>/commit/<sha>`. */
    repositoryUrl?: string;
}
/** The trend section, or null when the base has no data commit to compare with. */
export declare function renderTrendMarkdown(content: TrendMarkdownContent): string | null;
