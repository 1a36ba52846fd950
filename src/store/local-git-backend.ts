import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRunner } from './git-runner.js';
import { NotFoundError, type CommitConflict, type CommitInfo, type FileBytes, type FileChange, type RepoBackend } from './repo-backend.js';

const RECORD_SEPARATOR = '\x1e';

/** git's strict ISO 8601 date, in the committer's zone, as GitHub gives it: in UTC, to the second. */
function utcDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A repository on disk, through git's plumbing; `update-ref` with an old value is the compare-and-swap. */
export class LocalGitBackend implements RepoBackend {
  readonly description: string;
  readonly kind = 'local';
  private readonly git: GitRunner;

  constructor(readonly path: string) {
    this.git = new GitRunner(path);
    this.description = path;
  }

  async defaultBranch(): Promise<string> {
    const result = await this.git.exec(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    // With --quiet, exit 1 means only that HEAD is no symbolic ref; anything else is git failing (no repository here).
    if (result.exitCode === 1) throw new Error(`HEAD is detached in ${this.path}: check out a branch, or name one with --branch`);
    if (/not a git repository/i.test(result.stderr)) {
      throw new NotFoundError(`${this.path} is not in a git repository: run tusk in a clone, or name one with --local DIR or --github OWNER/REPO`);
    }
    if (result.exitCode !== 0) throw new Error(`git failed in ${this.path}: ${result.stderr.trim()}`);
    return result.stdout.trim();
  }

  async branchHead(branch: string): Promise<string | null> {
    const result = await this.git.exec(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
    return result.exitCode === 0 ? result.stdout.trim() : null;
  }

  async resolveCommit(ref: string): Promise<string> {
    const result = await this.git.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (result.exitCode !== 0) throw new NotFoundError(`no commit "${ref}" in ${this.path}`);
    return result.stdout.trim();
  }

  async listFiles(commit: string): Promise<string[]> {
    const out = await this.git.run(['ls-tree', '-r', '--name-only', '-z', commit]);
    return out.split('\0').filter((path) => path !== '');
  }

  async readFile(commit: string, path: string): Promise<string | null> {
    const result = await this.git.exec(['cat-file', 'blob', `${commit}:${path}`]);
    return result.exitCode === 0 ? result.stdout : null;
  }

  async commitInfo(sha: string): Promise<CommitInfo> {
    const [info] = await this.readCommits(['-n', '1', '--no-walk', sha]);
    if (!info) throw new NotFoundError(`no commit "${sha}" in ${this.path}`);
    return info;
  }

  history(head: string, limit: number): Promise<CommitInfo[]> {
    return this.readCommits(['--first-parent', '-n', String(limit), head]);
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.git.exec(['merge-base', '--is-ancestor', ancestor, descendant]);
    if (/not a valid (commit|object) name/i.test(result.stderr)) throw new NotFoundError(`no commit ${ancestor} or ${descendant} in ${this.path}`);
    if (result.exitCode > 1) throw new Error(`git merge-base failed in ${this.path}: ${result.stderr.trim()}`);
    return result.exitCode === 0;
  }

  async commitFiles(branch: string, parent: string | null, changes: FileChange[], message: string): Promise<{ sha: string } | CommitConflict> {
    const tree = await this.writeTree(parent, changes);
    const env = await this.git.commitEnv();
    const parentArgs = parent ? ['-p', parent] : [];
    const sha = (await this.git.run(['commit-tree', tree, ...parentArgs, '-F', '-'], { input: message, env })).trim();
    // An empty old value makes update-ref require that the branch does not exist yet.
    const update = await this.git.exec(['update-ref', `refs/heads/${branch}`, sha, parent ?? '']);
    if (update.exitCode === 0) return { sha };
    if ((await this.branchHead(branch)) !== parent) return { conflict: true };
    throw new Error(`git update-ref failed in ${this.path}: ${update.stderr.trim()}`);
  }

  /** Builds a tree from `parent`'s with `changes` applied, in a private index so the work tree is untouched. */
  private async writeTree(parent: string | null, changes: FileChange[]): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'tusk-index-'));
    const env = { GIT_INDEX_FILE: join(dir, 'index') };
    try {
      await this.git.run(parent ? ['read-tree', `${parent}^{tree}`] : ['read-tree', '--empty'], { env });
      const blobs = await this.writeBlobs(
        changes.flatMap((change) => (change.content === null ? [] : [change.content])),
        dir,
      );
      let next = 0;
      const lines = changes.map((change) => (change.content === null ? `0 ${'0'.repeat(40)}\t${change.path}` : `100644 ${blobs[next++]!}\t${change.path}`));
      await this.git.run(['update-index', '--index-info'], { input: lines.map((line) => `${line}\n`).join(''), env });
      return (await this.git.run(['write-tree'], { env })).trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * Writes each content as a blob, by one git process for all of them: each is put in a file in
   * `dir` first, and git hashes them as they are (--no-filters: no attributes or line-ending
   * conversion of the user's apply to data).
   */
  private async writeBlobs(contents: (string | FileBytes)[], dir: string): Promise<string[]> {
    if (contents.length === 0) return [];
    const paths = contents.map((_, i) => join(dir, `blob-${i}`));
    await Promise.all(contents.map((content, i) => writeFile(paths[i]!, content)));
    const shas = (await this.git.run(['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: paths.map((path) => `${path}\n`).join('') }))
      .trim()
      .split('\n');
    if (shas.length !== contents.length) throw new Error(`git hash-object wrote ${shas.length} blobs of ${contents.length} in ${this.path}`);
    return shas;
  }

  private async readCommits(args: string[]): Promise<CommitInfo[]> {
    const result = await this.git.exec(['log', `--format=%H%x00%P%x00%cI%x00%B${RECORD_SEPARATOR}`, ...args]);
    if (result.exitCode !== 0) throw new NotFoundError(`cannot read history in ${this.path}: ${result.stderr.trim()}`);
    return result.stdout
      .split(RECORD_SEPARATOR)
      .map((record) => record.replace(/^\n/, ''))
      .filter((record) => record !== '')
      .map((record) => {
        const [sha, parents, date, message] = record.split('\0') as [string, string, string, string];
        return { sha, parents: parents ? parents.split(' ') : [], message, date: utcDate(date) };
      });
  }
}
