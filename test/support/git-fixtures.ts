import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSyncThroughHelper } from './spawner.js';

const IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

/**
 * Runs git in `cwd` and returns its trimmed stdout; throws with git's message when it fails. Git
 * starts from the spawner helper: the tests call this about 600 times a run, and each call from
 * the grown jest worker cost it a fork several times the cost of git itself.
 */
export function git(cwd: string, ...args: string[]): string {
  const env = { ...(process.env as Record<string, string>), ...IDENTITY };
  const { exitCode, stdout, stderr } = spawnSyncThroughHelper('git', ['-C', cwd, ...args], env);
  if (exitCode !== 0) throw new Error(`git ${args.join(' ')} failed (exit ${exitCode}) in ${cwd}: ${stderr.trim()}`);
  return stdout.toString('utf8').trim();
}

/** A new local repository on `main` with `files` in its first commit. */
export function initRepo(path: string, files: Record<string, string>): string {
  git(path, 'init', '--quiet', '--initial-branch=main');
  return commitLocal(path, files, 'initial');
}

/** Writes `files` (null deletes) into the work tree and commits them; returns the commit. */
export function commitLocal(path: string, files: Record<string, string | null>, message: string): string {
  const added: string[] = [];
  const removed: string[] = [];
  for (const [file, content] of Object.entries(files)) {
    if (content === null) {
      removed.push(file);
    } else {
      const full = join(path, file);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      added.push(file);
    }
  }
  // One git process for all the files of a kind: each costs a fork of the test's worker.
  if (removed.length > 0) git(path, 'rm', '--quiet', '--', ...removed);
  if (added.length > 0) git(path, 'add', '--', ...added);
  git(path, 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(path, 'rev-parse', 'HEAD');
}
