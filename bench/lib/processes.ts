import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Finished {
  /** Wall time from spawn to exit. */
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Throw when the process exits non-zero (default true): a failed run is no measurement. */
  check?: boolean;
}

/** Runs a command to its end and times it, wall clock, spawn to exit. */
export function runTimed(command: string, args: readonly string[], options: RunOptions = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const finished = { ms: performance.now() - start, code: code ?? -1, stdout, stderr };
      if (options.check !== false && finished.code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${finished.code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
      } else resolve(finished);
    });
  });
}

/** Runs a shell command line; `$1`, `$2`… are `args`, so paths need no quoting. */
export function runShell(script: string, args: readonly string[] = [], options: RunOptions = {}): Promise<Finished> {
  return runTimed('sh', ['-c', script, 'sh', ...args], options);
}

const GNU_TIME = '/usr/bin/time';

/** True when peak memory can be read for any command with GNU time's `%M`. */
export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Runs a command under GNU time; resolves to its peak resident set size in bytes (and its run). */
export async function runWithPeakRss(command: string, args: readonly string[], options: RunOptions = {}): Promise<Finished & { peakRssBytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tusk-bench-time-'));
  const report = join(dir, 'maxrss');
  try {
    const finished = await runTimed(GNU_TIME, ['-f', '%M', '-o', report, command, ...args], options);
    const kib = Number.parseInt(readFileSync(report, 'utf8').trim().split('\n').pop() ?? '', 10);
    if (!Number.isFinite(kib)) throw new Error(`${GNU_TIME} reported no peak RSS for ${command}`);
    return { ...finished, peakRssBytes: kib * 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
