import type { TokenIdentity } from './token-identities.js';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
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
  /** Who wrote it: the token that created it. */
  author: TokenIdentity;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const ARCHIVE_LINK_MS = 5 * 60_000;

/** One emulated repository: a real bare git repository plus the state GitHub keeps beside it. */
export class Repo {
  readonly pulls = new Map<number, PullRequest>();
  readonly comments: IssueComment[] = [];
  /** Bytes served instead of the real archive (a corrupt or huge tarball), or null. */
  archiveOverride: Buffer | null = null;
  /** Archives already made, by commit and top folder: they never change (GitHub's codeload caches them too). */
  readonly archives = new Map<string, Buffer>();
  /** Ref updates go through here one at a time, so their compare-and-swap checks cannot interleave. */
  readonly refUpdates = new SerialQueue();
  /** Tokens of the archive links handed out for a private repository, with when each expires. */
  private readonly archiveLinks = new Map<string, number>();
  private lastIssueNumber = 0;

  constructor(
    readonly id: number,
    /** Both change when the repository is renamed or moved. */
    public owner: string,
    public name: string,
    readonly defaultBranch: string,
    readonly git: Git,
    readonly isPrivate: boolean,
    /** A copy (see RepoStore.alias) serves its origin's archives, made once for all copies. */
    readonly copyOf: Repo | null = null,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** A token for a codeload link, valid for five minutes as GitHub's are. */
  issueArchiveToken(): string {
    const token = randomBytes(20).toString('hex').toUpperCase();
    this.archiveLinks.set(token, Date.now() + ARCHIVE_LINK_MS);
    return token;
  }

  hasArchiveToken(token: string | null): boolean {
    const expiresAt = token === null ? undefined : this.archiveLinks.get(token);
    return expiresAt !== undefined && Date.now() < expiresAt;
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
  /** Old names of renamed or moved repositories, as GitHub keeps them for redirects. */
  private readonly oldNames = new Map<string, Repo>();
  private lastRepoId = 0;
  private lastCommentId = 1_000_000;

  private constructor(private readonly root: string) {}

  static async open(root: string): Promise<RepoStore> {
    await mkdir(join(root, 'repos'), { recursive: true });
    return new RepoStore(root);
  }

  /** Ends every repository's git processes. */
  close(): void {
    for (const repo of [...this.repos.values(), ...this.oldNames.values()]) repo.git.close();
  }

  find(owner: string, name: string): Repo | undefined {
    return this.repos.get(repoKey(owner, name));
  }

  byId(id: number): Repo | undefined {
    return [...this.repos.values()].find((repo) => repo.id === id);
  }

  /** The repository that had this name, while no repository has it now. */
  movedFrom(owner: string, name: string): Repo | undefined {
    return this.find(owner, name) ? undefined : this.oldNames.get(repoKey(owner, name));
  }

  get(owner: string, name: string): Repo {
    const repo = this.find(owner, name);
    if (!repo) throw new Error(`the emulator has no repository ${owner}/${name}`);
    return repo;
  }

  async create(owner: string, name: string, defaultBranch: string, isPrivate: boolean): Promise<Repo> {
    const { id, dir } = this.claim(owner, name);
    return this.register(new Repo(id, owner, name, defaultBranch, await Git.initBare(dir, defaultBranch), isPrivate));
  }

  /** A fork shares the source's history (and visibility), as on GitHub. */
  async fork(source: Repo, newOwner: string): Promise<Repo> {
    const { id, dir } = this.claim(newOwner, source.name);
    return this.register(new Repo(id, newOwner, source.name, source.defaultBranch, await Git.cloneBare(source.git.dir, dir), source.isPrivate));
  }

  /** The old name then redirects here, until a repository takes it. */
  rename(repo: Repo, newOwner: string, newName: string): void {
    if (this.find(newOwner, newName)) throw new Error(`the emulator already has a repository ${newOwner}/${newName}`);
    const oldKey = repoKey(repo.owner, repo.name);
    this.repos.delete(oldKey);
    this.oldNames.set(oldKey, repo);
    repo.owner = newOwner;
    repo.name = newName;
    this.repos.set(repoKey(newOwner, newName), repo);
  }

  /**
   * A repository under another name that shares `source`'s git storage and archives (their top
   * folder names `source`): the same history, made in no time, for tests that need thousands of
   * repositories. Nothing may write to either.
   */
  alias(source: Repo, owner: string, name: string): Repo {
    const { id } = this.claim(owner, name);
    return this.register(new Repo(id, owner, name, source.defaultBranch, source.git, source.isPrivate, source));
  }

  /** Gone under every name it had. */
  async delete(repo: Repo): Promise<void> {
    this.repos.delete(repoKey(repo.owner, repo.name));
    for (const [key, moved] of this.oldNames) if (moved === repo) this.oldNames.delete(key);
    // A copy shares its original's git folder: that stays with the original.
    if (!repo.copyOf) {
      repo.git.close();
      await rm(repo.git.dir, { recursive: true, force: true });
    }
  }

  nextCommentId(): number {
    return ++this.lastCommentId;
  }

  /** The directory is named by id: a renamed repository keeps its own and its old name can be taken. */
  private claim(owner: string, name: string): { id: number; dir: string } {
    if (this.find(owner, name)) throw new Error(`the emulator already has a repository ${owner}/${name}`);
    const id = ++this.lastRepoId;
    return { id, dir: join(this.root, 'repos', String(id), `${name.toLowerCase()}.git`) };
  }

  private register(repo: Repo): Repo {
    this.repos.set(repoKey(repo.owner, repo.name), repo);
    return repo;
  }
}

function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase();
}
