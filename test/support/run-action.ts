import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionNode } from '../../scripts/action-node.mjs';
import type { PullRequestInfo } from './github-emulator/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionEvent {
  name: string;
  ref?: string;
  sha: string;
  payload: Record<string, unknown>;
}

/** The defaults action.yml gives its inputs, as the runner passes them. */
function actionDefaults(token: string): Record<string, string> {
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const inputs = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
  const defaults: Record<string, string> = {};
  for (const match of inputs.matchAll(/^ {2}([a-z-]+):\n(?:^ {4}.*\n)*?^ {4}default: (.*)$/gm)) {
    const value = match[2]!.trim().replace(/^'(.*)'$/, '$1');
    defaults[match[1]!] = value === '${{ github.token }}' ? token : value;
  }
  return defaults;
}

/** GITHUB_OUTPUT's `name<<DELIMITER ... DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/**
 * Runs the committed bundle as GitHub's runner does: `node dist/index.js` with INPUT_* variables,
 * the event payload in a file, and files for outputs and the job summary.
 */
export async function runAction(options: {
  apiUrl: string;
  repository: string;
  event: ActionEvent;
  inputs?: Record<string, string>;
  token?: string;
  /** The Node to run it on (default: the one action.yml names, as on GitHub). */
  node?: string;
  /** The bundle to run (default: this checkout's dist/index.js); a benchmark's baseline may be another. */
  bundle?: string;
  /** Told the process id as soon as it runs (to cut it off at a chosen point). */
  onSpawn?: (pid: number) => void;
  /** Options for Node itself, before the bundle (e.g. `--import` a module that reports memory). */
  nodeArgs?: string[];
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'tusk-runner-'));
  const paths = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary') };
  writeFileSync(paths.event, JSON.stringify(options.event.payload));
  writeFileSync(paths.output, '');
  writeFileSync(paths.summary, '');
  const token = options.token ?? 'test-token';
  const inputs = { ...actionDefaults(token), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_SHA: options.event.sha,
    GITHUB_REF: options.event.ref ?? '',
    GITHUB_API_URL: options.apiUrl,
    // The emulator serves the web root (source archives) where it serves the API.
    GITHUB_SERVER_URL: options.apiUrl,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    RUNNER_TEMP: dir,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(options.node ?? actionNode(ROOT).path, [...(options.nodeArgs ?? []), options.bundle ?? join(ROOT, 'dist', 'index.js')], {
    cwd: dir,
    env,
  });
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)));
  try {
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(paths.output, 'utf8')),
      summary: readFileSync(paths.summary, 'utf8'),
    };
  } finally {
    // The runner's temp folder goes with the job: a suite left about 120 of them behind a run.
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The payload of a push of `after` on top of `before` to `branch`. */
export function pushEvent(branch: string, before: string | null, after: string): ActionEvent {
  return {
    name: 'push',
    ref: `refs/heads/${branch}`,
    sha: after,
    payload: { ref: `refs/heads/${branch}`, before: before ?? '0'.repeat(40), after, deleted: false, created: before === null },
  };
}

/** The payload of a pull request event for `pull` (opened from `feature` into `main`), as the runner gives it. */
export function pullRequestEvent(pull: PullRequestInfo, name: 'pull_request' | 'pull_request_target' = 'pull_request'): ActionEvent {
  const { number, mergeSha, headSha, baseSha } = pull;
  return {
    name,
    ref: name === 'pull_request' ? `refs/pull/${number}/merge` : 'refs/heads/main',
    sha: name === 'pull_request' ? (mergeSha ?? headSha) : baseSha,
    payload: { action: 'synchronize', number, pull_request: { number, base: { ref: 'main', sha: baseSha }, head: { ref: 'feature', sha: headSha } } },
  };
}
