import * as core from '@actions/core';
import * as github from '@actions/github';
import { errorMessage } from '../error-message.js';
import { createGitHubClient } from '../github/octokit.js';
import type { InvalidLine } from '../names/input-file.js';
import { runCommitPipeline, type RunCounts } from '../pipeline/commit-pipeline.js';
import { GitHubSources } from '../sources/github-sources.js';
import { dataBranchFor } from '../store/data-layout.js';
import { DataStore } from '../store/data-store.js';
import { GitHubBackend } from '../store/github-backend.js';
import { runCommentMode } from '../bot/comment-mode.js';
import { actionLog } from './action-log.js';
import { jobForEvent } from './event.js';
import { parseSettings, type ActionSettings } from './settings.js';
import { commitSummary } from './summary.js';

const INPUT_NAMES = ['input', 'data-branch', 'mode', 'concurrency', 'max-tarball-mb'];

function readSettings(): ActionSettings {
  const settings = parseSettings((name) => core.getInput(name));
  core.setSecret(settings.token);
  for (const name of INPUT_NAMES) core.debug(`${name}: ${core.getInput(name)}`);
  return settings;
}

/** Invalid input lines as annotations on the file and line; the text is quoted so it stays inert. */
function annotateInvalid(invalid: InvalidLine[]): void {
  for (const line of invalid) {
    core.error(`not a GitHub repository name: ${JSON.stringify(line.text)} (expected owner/repo)`, {
      title: 'Invalid input line',
      file: line.file,
      startLine: line.line,
    });
  }
}

/** What every mode reports: annotations, outputs, the job summary, and the step's verdict. */
interface Report {
  invalid: InvalidLine[];
  counts: RunCounts;
  dataCommit: string;
  summary: string;
  /** Comment mode only: the bot's comment, null when it made none. */
  commentUrl?: string | null;
  /** Comment mode only: why the comment failed; the step fails once the rest is reported. */
  commentError?: string | null;
}

async function report(result: Report): Promise<void> {
  annotateInvalid(result.invalid);
  for (const [name, value] of Object.entries(result.counts)) core.setOutput(name, String(value));
  core.setOutput('data-commit', result.dataCommit);
  if (result.commentUrl !== undefined) core.setOutput('comment-url', result.commentUrl ?? '');
  await core.summary.addRaw(result.summary).write();
  if (result.commentError) core.setFailed(result.commentError);
  const { length } = result.invalid;
  if (length > 0) core.setFailed(`${length} invalid input line${length === 1 ? '' : 's'}: the valid names were processed; fix the lines annotated above`);
}

/** The action's entry: the one place that talks to @actions/core. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const job = jobForEvent(settings.mode, github.context);
    if (job.mode === 'skip') {
      core.notice(job.reason);
      return;
    }
    const octokit = createGitHubClient({ token: settings.token, baseUrl: github.context.apiUrl, warn: core.warning });
    const { owner, repo } = github.context.repo;
    const repositoryUrl = `${github.context.serverUrl}/${owner}/${repo}`;
    const backend = new GitHubBackend(octokit, owner, repo);
    const sources = new GitHubSources(octokit, settings.maxTarballBytes);

    if (job.mode === 'comment') {
      const store = new DataStore(backend, dataBranchFor(settings.dataBranch, job.baseBranch));
      const result = await runCommentMode({ octokit, backend, store, sources, pullNumber: job.pullNumber, settings, log: actionLog, repositoryUrl });
      await report({ ...result, dataCommit: result.baseDataCommit ?? '' });
      return;
    }

    const store = new DataStore(backend, dataBranchFor(settings.dataBranch, job.branch));
    const result = await runCommitPipeline(
      backend,
      store,
      sources,
      { sourceCommit: job.sourceCommit, input: settings.input, refresh: job.mode === 'refresh', concurrency: settings.concurrency },
      actionLog,
    );
    await report({ ...result, summary: commitSummary(result, store.branch, repositoryUrl) });
  } catch (error) {
    // Whatever was thrown, a string included, fails the step with its message.
    core.setFailed(errorMessage(error));
  }
}
