import { isEmpty, type Totals } from '../diff/model.js';
import { COMMENT_MAX_LENGTH, renderMarkdown } from '../diff/markdown.js';
import { renderJobSummary } from '../diff/job-summary.js';
import type { DiffContext } from '../diff/context.js';
import { errorMessage } from '../error-message.js';
import type { GitHubClient } from '../github/octokit.js';
import type { InvalidLine } from '../names/input-file.js';
import type { RunCounts, RunEnvironment } from '../pipeline/commit-pipeline.js';
import type { PipelineLog } from '../pipeline/pipeline-log.js';
import { runPreview } from '../pipeline/preview-pipeline.js';
import type { StopReason } from '../pipeline/run-control.js';
import { pendingNote } from '../pipeline/stop-note.js';
import type { SourceProvider } from '../sources/source-provider.js';
import type { DataCommit, DataStore } from '../store/data-store.js';
import type { GitHubBackend } from '../store/github-backend.js';
import { renderTrendMarkdown } from '../views/trend-markdown.js';
import { TREND_COMMITS, trendOfCommits } from '../views/trend.js';
import { commentMarker, findOwnComment, newerComment, pullRequestMovedOn, settleDuplicates, upsertComment } from './pull-request-comment.js';
import { tokenIdentity } from './token-identity.js';

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
 * The bot (docs/contract.md §7): the pull request's input, previewed against the base data
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
  const preview = await runPreview(
    backend,
    store,
    sources,
    { commit, input: settings.input, concurrency: settings.concurrency, datumTimeoutMs: settings.datumTimeoutMs },
    env,
  );
  const { diff } = preview;
  const context: DiffContext = {
    base: { label: store.branch, dataCommit: preview.base?.sha ?? null },
    head: { label: `#${pullNumber}`, commit },
    repositoryUrl: options.repositoryUrl,
    pendingNote: pendingNote(preview.stopped, env.quota?.state ?? null),
  };
  const trend = await readTrend(store, preview.base, diff.totals.after, options.repositoryUrl, log);
  const state = { head: pull.head.sha, base: preview.base?.sha ?? null };
  const marker = commentMarker(store.branch, state);
  const body = `${marker}\n${renderMarkdown(diff, context, { maxLength: COMMENT_MAX_LENGTH - marker.length - 1, trend })}`;

  let commentError: string | null = null;
  const commentUrl = await log
    .group('Comment on the pull request', async () => {
      const target = { ...coordinates, pullNumber, dataBranch: store.branch };
      const identity = await tokenIdentity(octokit);
      const moved = await pullRequestMovedOn(octokit, target, state);
      if (moved) {
        log.info(`no comment from this run: ${moved}`);
        return null;
      }
      const existing = await findOwnComment(octokit, target, identity);
      if (!existing && isEmpty(diff)) {
        log.info('the pull request changes no data: no comment needed');
        return null;
      }
      const newer = await newerComment(backend, existing, state);
      if (newer) {
        log.info(`the comment is left as it is: ${newer}`);
        return existing!.url;
      }
      const url = await upsertComment(octokit, target, existing, body);
      log.info(`${existing ? 'updated' : 'created'} ${url}`);
      if (existing) return url;
      // Another run may have found no comment either, and created one too: one stays.
      const kept = (await settleDuplicates(octokit, backend, target, identity, { state, body })) ?? url;
      if (kept !== url) log.info(`another run commented at the same time: kept the first comment, ${kept}`);
      return kept;
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
    summary: renderJobSummary(diff, context, 0, trend),
    commentError,
  };
}

/**
 * The trend: the base's recent data commits (one history request), then the pull request's totals.
 * Without it the comment still says everything in numbers, so a failed read only leaves it out.
 */
async function readTrend(store: DataStore, base: DataCommit | null, proposed: Totals, repositoryUrl: string, log: PipelineLog): Promise<string | undefined> {
  if (!base) return undefined;
  try {
    const history = trendOfCommits(await store.backend.history(base.sha, TREND_COMMITS));
    return renderTrendMarkdown({ branch: store.branch, history, proposed, repositoryUrl }) ?? undefined;
  } catch (error) {
    log.warning(`the trend is left out of the report: ${errorMessage(error)}`);
    return undefined;
  }
}
