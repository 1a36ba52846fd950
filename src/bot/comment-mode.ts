import { isEmpty } from '../diff/model.js';
import { COMMENT_MAX_LENGTH, renderMarkdown } from '../diff/markdown.js';
import { renderJobSummary } from '../diff/job-summary.js';
import type { DiffContext } from '../diff/context.js';
import { errorMessage } from '../error-message.js';
import type { GitHubClient } from '../github/octokit.js';
import type { InvalidLine } from '../names/input-file.js';
import type { RunCounts, RunEnvironment } from '../pipeline/commit-pipeline.js';
import { runPreview } from '../pipeline/preview-pipeline.js';
import type { StopReason } from '../pipeline/run-control.js';
import { pendingNote } from '../pipeline/stop-note.js';
import type { SourceProvider } from '../sources/source-provider.js';
import type { DataStore } from '../store/data-store.js';
import type { GitHubBackend } from '../store/github-backend.js';
import { commentMarker, findComment, upsertComment } from './pull-request-comment.js';

export interface CommentModeOptions {
  octokit: GitHubClient;
  backend: GitHubBackend;
  /** The base branch's data branch: read, never written. */
  store: DataStore;
  sources: SourceProvider;
  pullNumber: number;
  settings: { input: string[]; concurrency: number; datumTimeoutMs: number };
  env: RunEnvironment;
  /** Where commits are linked, e.g. https://github.com/owner/repo. */
  repositoryUrl: string;
}

export interface CommentModeResult {
  baseDataCommit: string | null;
  /** The comment made or updated; null when the pull request changes no data and had none. */
  commentUrl: string | null;
  counts: RunCounts;
  invalid: InvalidLine[];
  stopped: StopReason | null;
  /** The full report, for the job summary. */
  summary: string;
  /** Why the comment could not be made or updated: the step fails with it, after the report. */
  commentError: string | null;
}

/**
 * The bot (SPEC §3 `comment` mode): the pull request's input, previewed against the base data
 * branch, in one comment kept up to date. Pull request data is read through the API only: no
 * pull request code runs.
 */
export async function runCommentMode(options: CommentModeOptions): Promise<CommentModeResult> {
  const { octokit, backend, store, sources, pullNumber, settings, env } = options;
  const { log } = env;
  const coordinates = { owner: backend.owner, repo: backend.repo };
  const { data: pull } = await octokit.rest.pulls.get({ ...coordinates, pull_number: pullNumber });
  // The merge commit is what the base branch would hold after merging; without one, the head.
  const commit = pull.merge_commit_sha ?? pull.head.sha;
  log.info(`pull request #${pullNumber} at ${commit.slice(0, 7)}`);
  const preview = await runPreview(backend, store, sources, { commit, input: settings.input, concurrency: settings.concurrency, datumTimeoutMs: settings.datumTimeoutMs }, env);
  const { diff } = preview;
  const context: DiffContext = {
    base: { label: store.branch, dataCommit: preview.base?.sha ?? null },
    head: { label: `#${pullNumber}`, commit },
    repositoryUrl: options.repositoryUrl,
    pendingNote: pendingNote(preview.stopped, env.quota?.state ?? null),
  };
  const marker = commentMarker(store.branch);
  const body = `${marker}\n${renderMarkdown(diff, context, { maxLength: COMMENT_MAX_LENGTH - marker.length - 1 })}`;

  let commentError: string | null = null;
  const commentUrl = await log
    .group('Comment on the pull request', async () => {
      const target = { ...coordinates, pullNumber, marker };
      const existing = await findComment(octokit, target);
      if (!existing && isEmpty(diff)) {
        log.info('the pull request changes no data: no comment needed');
        return null;
      }
      const url = await upsertComment(octokit, target, existing, body);
      log.info(`${existing ? 'updated' : 'created'} ${url}`);
      return url;
    })
    .catch((error: unknown) => {
      // The report still goes to the job summary and the outputs: the step fails after them.
      commentError = errorMessage(error);
      return null;
    });

  return {
    baseDataCommit: preview.base?.sha ?? null,
    commentUrl,
    counts: preview.counts,
    invalid: preview.invalid,
    stopped: preview.stopped,
    summary: renderJobSummary(diff, context),
    commentError,
  };
}
