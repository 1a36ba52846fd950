import { diffData, isEmpty } from '../diff/model.js';
import { COMMENT_MAX_LENGTH, renderMarkdown } from '../diff/markdown.js';
import { renderJobSummary } from '../diff/job-summary.js';
import type { DiffContext } from '../diff/context.js';
import { errorMessage } from '../error-message.js';
import type { GitHubClient } from '../github/octokit.js';
import type { InvalidLine } from '../names/input-file.js';
import { runCounts, type RunCounts } from '../pipeline/commit-pipeline.js';
import { computeInput } from '../pipeline/compute-input.js';
import { readInput } from '../pipeline/read-input.js';
import type { PipelineLog } from '../pipeline/pipeline-log.js';
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
  settings: { input: string[]; concurrency: number };
  log: PipelineLog;
  /** Where commits are linked, e.g. https://github.com/owner/repo. */
  repositoryUrl: string;
}

export interface CommentModeResult {
  baseDataCommit: string | null;
  /** The comment made or updated; null when the pull request changes no data and had none. */
  commentUrl: string | null;
  counts: RunCounts;
  invalid: InvalidLine[];
  /** The full report, for the job summary. */
  summary: string;
  /** Why the comment could not be made or updated: the step fails with it, after the report. */
  commentError: string | null;
}

/**
 * The bot (SPEC §3 `comment` mode): the pull request's input, computed with everything the base
 * data branch already has, compared with that branch's head, in one comment kept up to date.
 * Pull request data is read through the API only: no pull request code runs.
 */
export async function runCommentMode(options: CommentModeOptions): Promise<CommentModeResult> {
  const { octokit, backend, store, sources, pullNumber, settings, log } = options;
  const coordinates = { owner: backend.owner, repo: backend.repo };
  const { data: pull } = await octokit.rest.pulls.get({ ...coordinates, pull_number: pullNumber });
  // The merge commit is what the base branch would hold after merging; without one, the head.
  const commit = pull.merge_commit_sha ?? pull.head.sha;
  const base = await store.head();
  const previous = base ? await store.records(base.sha) : [];
  log.info(`comparing pull request #${pullNumber} at ${commit.slice(0, 7)} with ${store.branch} at ${base ? base.sha.slice(0, 7) : '(no data yet)'}`);

  const input = await log.group(`Read input at ${commit.slice(0, 7)}`, () => readInput(backend, commit, settings.input));
  const computed = await computeInput(input, previous, sources, { concurrency: settings.concurrency, log, refresh: false, computed: new Map() });
  const invalid = input.parsed.invalid;
  const diff = diffData({ records: previous, invalid: [] }, { records: computed.records, invalid });
  const context: DiffContext = {
    base: { label: store.branch, dataCommit: base?.sha ?? null },
    head: { label: `#${pullNumber}`, commit },
    repositoryUrl: options.repositoryUrl,
  };
  const marker = commentMarker(store.branch);
  const body = `${marker}\n${renderMarkdown(diff, context, { maxLength: COMMENT_MAX_LENGTH - marker.length - 1 })}`;

  let commentError: string | null = null;
  const commentUrl = await log.group('Comment on the pull request', async () => {
    const target = { ...coordinates, pullNumber, marker };
    const existing = await findComment(octokit, target);
    if (!existing && isEmpty(diff)) {
      log.info('the pull request changes no data: no comment needed');
      return null;
    }
    const url = await upsertComment(octokit, target, existing, body);
    log.info(`${existing ? 'updated' : 'created'} ${url}`);
    return url;
  }).catch((error: unknown) => {
    // The report still goes to the job summary and the outputs: the step fails after them.
    commentError = errorMessage(error);
    return null;
  });

  return {
    baseDataCommit: base?.sha ?? null,
    commentUrl,
    counts: runCounts(computed, invalid.length, diff),
    invalid,
    summary: renderJobSummary(diff, context),
    commentError,
  };
}
