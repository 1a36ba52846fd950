import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Runs git in `cwd` and returns its trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' },
  }).trim();
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
