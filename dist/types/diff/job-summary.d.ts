import type { DiffContext } from './context.js';
import type { DataDiff } from './model.js';
/**
 * The diff for a job summary: room for far more rows than a comment, `reserved` characters aside;
 * `trend`, when given, after it (see `MarkdownOptions.trend`).
 */
export declare function renderJobSummary(diff: DataDiff, context: DiffContext, reserved?: number, trend?: string): string;
