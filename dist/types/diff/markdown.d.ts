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
/** The items of each list, rendered once; a body shows a prefix of each. */
export interface Items {
    rows: RenderedList;
    failed: RenderedList;
    pending: RenderedList;
    invalid: RenderedList;
    renamed: RenderedList;
}
/** A list whose items are rendered when first read: a body shows a few of what may be many. */
declare class RenderedList {
    readonly length: number;
    private readonly renderAt;
    private readonly rendered;
    constructor(length: number, renderAt: (index: number) => string);
    at(index: number): string;
    slice(start: number, end: number): string[];
}
/** At most `MAX_TEXT` code points of an input text, `…` marking a cut. */
export declare function clipped(text: string): string;
/**
 * The bodies a diff can have, whatever their length: `render(cap)` shows at most `cap` items of
 * each list. `renderMarkdown` picks the largest that fits its limit.
 */
export declare function diffBodies(diff: DataDiff, context: DiffContext, options?: Pick<MarkdownOptions, 'fullDiffHint'>): {
    items: Items;
    render: (cap: number) => string;
};
/**
 * Renders the diff; each list keeps as many items as fit, the same number for every list that is
 * cut; then the trend, if it fits after them.
 */
export declare function renderMarkdown(diff: DataDiff, context: DiffContext, options?: MarkdownOptions): string;
export {};
