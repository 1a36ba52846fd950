import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Git } from './git.js';
import { SerialQueue } from './serial-queue.js';

export interface PullRequest {
  number: number;
  title: string;
  user: string;
  baseBranch: string;
  head: { repo: Repo; branch: string };
  headSha: string;
  baseSha: string;
  /** null when head and base conflict. */
  mergeSha: string | null;
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** One emulated repository: a real bare git repository plus the state GitHub keeps beside it. */
export class Repo {
  readonly pulls = new Map<number, PullRequest>();
  readonly comments: IssueComment[] = [];
  /** Bytes served instead of the real archive (a corrupt or huge tarball), or null. */
  archiveOverride: Buffer | null = null;
  /** Archives already made, by commit: a commit's archive never changes (GitHub's codeload caches them too). */
  readonly archives = new Map<string, Buffer>();
  /** Ref updates go through here one at a time, so their compare-and-swap checks cannot interleave. */
  readonly refUpdates = new SerialQueue();
  private lastIssueNumber = 0;

  constructor(
    readonly id: number,
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch: string,
    readonly git: Git,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  claimIssueNumber(requested?: number): number {
    const number = requested ?? this.lastIssueNumber + 1;
    if (this.pulls.has(number)) throw new Error(`${this.fullName} already has pull request #${number}`);
    this.lastIssueNumber = Math.max(this.lastIssueNumber, number);
    return number;
  }
}

/** All repositories, looked up case-insensitively like GitHub's owner/repo names. */
export class RepoStore {
  private readonly repos = new Map<string, Repo>();
  private lastRepoId = 0;
  private lastCommentId = 1_000_000;

  private constructor(private readonly root: string) {}

  static async open(root: string): Promise<RepoStore> {
    const store = new RepoStore(root);
    await mkdir(store.scratchDir, { recursive: true });
    return store;
  }

  /** Where temporary index files go. */
  get scratchDir(): string {
    return join(this.root, 'scratch');
  }

  find(owner: string, name: string): Repo | undefined {
    return this.repos.get(repoKey(owner, name));
  }

  get(owner: string, name: string): Repo {
    const repo = this.find(owner, name);
    if (!repo) throw new Error(`the emulator has no repository ${owner}/${name}`);
    return repo;
  }

  async create(owner: string, name: string, defaultBranch: string): Promise<Repo> {
    const dir = this.claimDir(owner, name);
    return this.register(owner, name, defaultBranch, await Git.initBare(dir, defaultBranch));
  }

  /** A fork shares the source's history, as on GitHub. */
  async fork(source: Repo, newOwner: string): Promise<Repo> {
    const dir = this.claimDir(newOwner, source.name);
    return this.register(newOwner, source.name, source.defaultBranch, await Git.cloneBare(source.git.dir, dir));
  }

  nextCommentId(): number {
    return ++this.lastCommentId;
  }

  private claimDir(owner: string, name: string): string {
    if (this.find(owner, name)) throw new Error(`the emulator already has a repository ${owner}/${name}`);
    return join(this.root, 'repos', owner.toLowerCase(), `${name.toLowerCase()}.git`);
  }

  private register(owner: string, name: string, defaultBranch: string, git: Git): Repo {
    const repo = new Repo(++this.lastRepoId, owner, name, defaultBranch, git);
    this.repos.set(repoKey(owner, name), repo);
    return repo;
  }
}

function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase();
}
