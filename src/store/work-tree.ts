import { GitRunner } from './git-runner.js';

/** The checked-out files of a local repository, kept in step with commits made under them. */
export class WorkTree {
  private readonly git: GitRunner;
  private present: Promise<boolean> | null = null;

  constructor(readonly path: string) {
    this.git = new GitRunner(path);
  }

  /** Whether the repository has a work tree at all: a bare one has none, and nothing to keep in step. */
  exists(): Promise<boolean> {
    this.present ??= this.git.exec(['rev-parse', '--is-inside-work-tree']).then((result) => result.exitCode === 0 && result.stdout.trim() === 'true');
    return this.present;
  }

  /** Paths among `paths` whose working-tree or staged content differs from HEAD. */
  async changedPaths(paths: string[]): Promise<string[]> {
    if (paths.length === 0) return [];
    const out = await this.git.run(['status', '--porcelain', '-z', '--', ...paths]);
    return out
      .split('\0')
      .filter((entry) => entry.length > 3)
      .map((entry) => entry.slice(3));
  }

  /** After a commit to the checked-out branch: the index and files of `paths` follow HEAD. */
  async checkoutFromHead(paths: string[]): Promise<void> {
    if (paths.length > 0) await this.git.run(['checkout', 'HEAD', '--', ...paths]);
  }
}
