import type { DiffContext } from './context.js';
import type { DataDiff } from './model.js';
/** The diff for a job summary: room for far more rows than a comment, `reserved` characters aside. */
export declare function renderJobSummary(diff: DataDiff, context: DiffContext, reserved?: number): string;
