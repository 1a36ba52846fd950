/**
 * The diff as GitHub markdown: the bot's comment and the job summary. The body always fits
 * `maxLength`: lists are cut at whole items, each cut said with an "…and N more" line.
 */
import { type DiffContext } from './context.js';
import { type DataDiff } from './model.js';
/** GitHub's limit on a comment body, in characters. */
export declare const COMMENT_MAX_LENGTH = 65536;
export interface MarkdownOptions {
    /** The longest body, in UTF-16 code units (never fewer than the characters GitHub counts). Default: a comment's limit. */
    maxLength?: number;
    /** Where the full diff can be read, said wherever items are cut. */
    fullDiffHint?: string;
    /**
     * Markdown shown after the diff (the trend), ending in a newline: only where the whole body
     * still fits, so that it never takes the room of the diff's own text.
     */
    trend?: string;
}
/** At most `MAX_TEXT` code points of an input text, `…` marking a cut. */
export declare function clipped(text: string): string;
/** The body with at most `cap` items of each list, whatever its length: the bodies `renderMarkdown` chooses among. */
export declare function renderMarkdownCapped(diff: DataDiff, context: DiffContext, cap: number, options?: Pick<MarkdownOptions, 'fullDiffHint'>): string;
/**
 * Renders the diff; each list keeps as many items as fit, the same number for every list that is
 * cut; then the trend, if it fits after them.
 */
export declare function renderMarkdown(diff: DataDiff, context: DiffContext, options?: MarkdownOptions): string;
