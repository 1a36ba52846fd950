import type { DiffContext } from './context.js';
import { renderMarkdown } from './markdown.js';
import type { DataDiff } from './model.js';

/** GitHub's limit on a step's job summary is 1 MiB; this leaves a margin. */
const SUMMARY_MAX_LENGTH = 1_000_000;

/**
 * The diff for a job summary: room for far more rows than a comment, `reserved` characters aside;
 * `trend`, when given, after it (see `MarkdownOptions.trend`).
 */
export function renderJobSummary(diff: DataDiff, context: DiffContext, reserved = 0, trend?: string): string {
  return renderMarkdown(diff, context, { maxLength: SUMMARY_MAX_LENGTH - reserved, fullDiffHint: 'run `tusk diff` for the full diff', trend });
}
