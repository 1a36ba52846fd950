import type { DataDiff } from './model.js';
/** Pretty-printed with two spaces and a final newline; the same diff always gives the same bytes. */
export declare function renderJson(diff: DataDiff): string;
