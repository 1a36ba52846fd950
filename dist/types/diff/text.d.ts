/** The diff as plain text, for `tusk diff --format text`: every row, in aligned columns. */
import { type DiffContext } from './context.js';
import { type DataDiff } from './model.js';
export declare function renderText(diff: DataDiff, context: DiffContext): string;
