import * as core from '@actions/core';
import * as github from '@actions/github';
import { errorMessage } from '../error-message.js';
import { explainQuotaRefusal } from '../github/api-quota.js';
import type { InvalidLine } from '../names/input-file.js';
import { runCommitPipeline, type RunCounts, type RunEnvironment } from '../pipeline/commit-pipeline.js';
import { RunControl, type StopReason } from '../pipeline/run-control.js';
import { formatShard } from '../pipeline/shard.js';
import { pendingMessage, pendingNote } from '../pipeline/stop-note.js';
import { connectGitHub } from '../runtime/github-connection.js';
import { stopOnSignals } from '../runtime/stop-on-signals.js';
import { commitPipelineSettings, RUN_LIMIT_NAMES } from '../settings/run-limits.js';
import { DataStore } from '../store/data-store.js';
import { runCommentMode } from '../bot/comment-mode.js';
import { actionLog } from './action-log.js';
import { jobForEvent } from './event.js';
import { parseSettings, type ActionSettings } from './settings.js';
import { commitReport } from './commit-report.js';

const INPUT_NAMES = ['input', 'data-branch', 'mode', 'force', ...RUN_LIMIT_NAMES];

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
  stopped: StopReason | null;
  note: string;
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
  const { pending } = result.counts;
  if (pending > 0) {
    const message = pendingMessage(pending, result.note);
    // A cancelled run fails (GitHub shows it cancelled anyway); quota and time budget are a normal
    // end; a job of a split run that did its part leaves the others' datums pending, as it should.
    if (result.stopped === 'cancel') core.setFailed(message);
    else if (result.stopped !== null) core.warning(message, { title: 'Pending datums' });
    else core.notice(message);
  }
  if (result.commentError) core.setFailed(result.commentError);
  const { length } = result.invalid;
  if (length > 0) core.setFailed(`${length} invalid input line${length === 1 ? '' : 's'}: the valid names were processed; fix the lines annotated above`);
}

/** The action's entry: the one place that talks to @actions/core. */
export async function run(): Promise<void> {
  let control: RunControl | null = null;
  let stopListening = (): void => {};
  try {
    const settings = readSettings();
    const job = jobForEvent(settings.mode, github.context);
    if (job.mode === 'skip') {
      core.notice(job.reason);
      return;
    }
    const { limits } = settings;
    const run = new RunControl(limits.timeBudgetMs);
    control = run;
    stopListening = stopOnSignals(
      () => run.stop('cancel'),
      (message) => core.warning(message),
    );
    const connection = connectGitHub({
      token: settings.token,
      apiUrl: github.context.apiUrl,
      serverUrl: github.context.serverUrl,
      requestTimeoutMs: limits.requestTimeoutMs,
      mayWait: (ms) => run.mayWait(ms),
      warn: core.warning,
    });
    const { owner, repo } = github.context.repo;
    const repositoryUrl = `${github.context.serverUrl}/${owner}/${repo}`;
    const backend = connection.backend(owner, repo);
    const sources = connection.sources(limits.download, limits);
    const env: RunEnvironment = { control: run, quota: connection.quota, log: actionLog };
    const note = (stopped: StopReason | null): string => pendingNote(stopped, connection.quota.state, limits.shard);

    if (job.mode === 'comment') {
      if (limits.shard.index > 1) {
        core.notice(`the pull request's comment is made by one job: shard ${formatShard(limits.shard)} leaves it to shard 1/${limits.shard.count}`);
        return;
      }
      const store = DataStore.forSourceBranch(backend, settings.dataBranch, job.baseBranch, github.context.serverUrl, core.warning);
      const datums = { input: settings.input, concurrency: limits.concurrency, datumTimeoutMs: limits.datumTimeoutMs };
      const result = await runCommentMode({
        octokit: connection.octokit,
        backend,
        store,
        sources,
        pullNumber: job.pullNumber,
        settings: datums,
        env,
        repositoryUrl,
      });
      await report({ ...result, dataCommit: result.baseDataCommit ?? '', note: note(result.stopped) });
      return;
    }

    const store = DataStore.forSourceBranch(backend, settings.dataBranch, job.branch, github.context.serverUrl, core.warning);
    const source = { sourceCommit: job.sourceCommit, input: settings.input, refresh: job.mode === 'refresh', force: settings.force };
    const result = await runCommitPipeline(backend, store, sources, commitPipelineSettings(limits, source), env);
    const stopNote = note(result.stopped);
    await report({ ...result, summary: commitReport(result, store.branch, repositoryUrl, stopNote), note: stopNote });
  } catch (error) {
    // Whatever was thrown, a string included, fails the step with its message.
    core.setFailed(errorMessage(explainQuotaRefusal(error)));
  } finally {
    stopListening();
    control?.dispose();
  }
}
