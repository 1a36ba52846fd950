import { GITHUB_IDENTITY } from './identities.js';
import { readRef } from './refs.js';
import type { PullRequest, Repo, RepoStore } from './repos.js';

export interface PullRequestSpec {
  owner: string;
  repo: string;
  /** Default: the repository's next issue number. */
  number?: number;
  title?: string;
  /** The author's login; default: the head repository's owner. */
  user?: string;
  /** Default: the repository's default branch. */
  base?: string;
  /** A branch of the same repository or of a fork. */
  head: { owner: string; repo: string; branch: string };
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  /** null when head and base conflict. */
  mergeSha: string | null;
}

function infoOf(pull: PullRequest): PullRequestInfo {
  return { number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha, mergeSha: pull.mergeSha };
}

async function requireBranch(repo: Repo, branch: string): Promise<string> {
  const sha = await readRef(repo, `refs/heads/${branch}`);
  if (!sha) throw new Error(`${repo.fullName} has no branch ${branch}`);
  return sha;
}

/** GitHub's test merge: base and head merged by git itself, or null on conflict. */
async function writeMergeCommit(repo: Repo, pull: PullRequest): Promise<string | null> {
  // GitHub refuses such pull requests too ("entirely different commit histories").
  if (!(await repo.git.mergeBase(pull.baseSha, pull.headSha))) {
    throw new Error(`${pull.head.branch} shares no history with ${pull.baseBranch}: start it with commitFiles(..., { from: '${pull.baseBranch}' })`);
  }
  const mergeRef = `refs/pull/${pull.number}/merge`;
  const previous = await readRef(repo, mergeRef);
  const tree = await repo.git.mergeTree(pull.baseSha, pull.headSha);
  if (!tree) {
    if (previous) await repo.git.deleteRef(mergeRef, previous);
    return null;
  }
  const message = `Merge ${pull.headSha} into ${pull.baseSha}\n`;
  const sha = await repo.git.commitTree(tree, [pull.baseSha, pull.headSha], message, GITHUB_IDENTITY, GITHUB_IDENTITY);
  await repo.git.updateRef(mergeRef, sha, previous);
  return sha;
}

/** Brings the head commit (and its objects) into the base repository as refs/pull/N/head, then re-merges. */
async function syncPull(repo: Repo, pull: PullRequest): Promise<void> {
  const headRepo = pull.head.repo;
  await requireBranch(headRepo, pull.head.branch);
  const headRef = `refs/pull/${pull.number}/head`;
  await repo.git.fetch(headRepo.git.dir, `refs/heads/${pull.head.branch}`, headRef);
  pull.headSha = (await readRef(repo, headRef))!;
  pull.baseSha = await requireBranch(repo, pull.baseBranch);
  pull.mergeSha = await writeMergeCommit(repo, pull);
}

export async function openPullRequest(store: RepoStore, spec: PullRequestSpec): Promise<PullRequestInfo> {
  const repo = store.get(spec.owner, spec.repo);
  const headRepo = store.get(spec.head.owner, spec.head.repo);
  const number = repo.claimIssueNumber(spec.number);
  const pull: PullRequest = {
    number,
    title: spec.title ?? `Pull request #${number}`,
    user: spec.user ?? headRepo.owner,
    baseBranch: spec.base ?? repo.defaultBranch,
    head: { repo: headRepo, branch: spec.head.branch },
    headSha: '',
    baseSha: '',
    mergeSha: null,
  };
  await syncPull(repo, pull);
  repo.pulls.set(number, pull);
  return infoOf(pull);
}

/** After a push to the head (or base) branch: GitHub's view of the pull request catches up. */
export async function updatePullRequest(store: RepoStore, owner: string, repoName: string, number: number): Promise<PullRequestInfo> {
  const repo = store.get(owner, repoName);
  const pull = repo.pulls.get(number);
  if (!pull) throw new Error(`${repo.fullName} has no pull request #${number}`);
  await syncPull(repo, pull);
  return infoOf(pull);
}
