import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  for (const [file, content] of Object.entries(files)) {
    const full = join(path, file);
    if (content === null) {
      git(path, 'rm', '--quiet', file);
    } else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      git(path, 'add', file);
    }
  }
  git(path, 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(path, 'rev-parse', 'HEAD');
}

/**
 * Commits `files` on top of `branch` without touching the work tree (as another tool writing a
 * branch that is not checked out would); returns the commit.
 */
export function commitOnBranch(path: string, branch: string, files: Record<string, string>, message: string): string {
  const index = join(mkdtempSync(join(tmpdir(), 'tusk-index-')), 'index');
  const withIndex = (...args: string[]): string =>
    execFileSync('git', args, { cwd: path, encoding: 'utf8', env: { ...process.env, GIT_INDEX_FILE: index } }).trim();
  try {
    withIndex('read-tree', branch);
    for (const [file, content] of Object.entries(files)) {
      const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: path, input: content, encoding: 'utf8' }).trim();
      withIndex('update-index', '--add', '--cacheinfo', `100644,${blob},${file}`);
    }
    const tree = withIndex('write-tree');
    const commit = git(path, 'commit-tree', tree, '-p', branch, '-m', message);
    git(path, 'update-ref', `refs/heads/${branch}`, commit);
    return commit;
  } finally {
    rmSync(dirname(index), { recursive: true, force: true });
  }
}
