import type { Repo } from './repos.js';

const SHA_PREFIX = /^[0-9a-f]{4,40}$/i;

/** A plain ref name, not git's revision syntax (`main~1`, `a..b`, `@{1}`, `x:path`), which GitHub does not evaluate. */
export function isPlainRefName(name: string): boolean {
  return name !== '' && !/[~^:?*[\\\s]|\.\.|@\{|^-|^\/|\/$|\/\/|\.lock$|\.$/.test(name);
}

/** The sha a full ref name (refs/heads/x) points at, or null. */
export async function readRef(repo: Repo, ref: string): Promise<string | null> {
  return repo.git.readRef(ref);
}

export async function isEmpty(repo: Repo): Promise<boolean> {
  return (await repo.git.forEachRef('refs/heads/')).length === 0;
}

/** What GitHub accepts where it takes a commit: a branch or tag name, a full or short sha, or HEAD. */
export async function resolveCommit(repo: Repo, ref: string): Promise<string | null> {
  return (await resolveCommitRef(repo, ref))?.sha ?? null;
}

/** Like `resolveCommit`, also telling what `ref` turned out to name: a full ref, or a sha. */
export async function resolveCommitRef(repo: Repo, ref: string): Promise<{ sha: string; matched: string } | null> {
  for (const candidate of commitCandidates(repo, ref)) {
    const sha = await repo.git.peel(candidate, 'commit');
    if (sha) return { sha, matched: candidate };
  }
  return null;
}

/** A tree sha, or a commit as `resolveCommit` takes it, peeled to its tree. */
export async function resolveTree(repo: Repo, treeish: string): Promise<string | null> {
  if (SHA_PREFIX.test(treeish)) {
    const tree = await repo.git.peel(treeish.toLowerCase(), 'tree');
    if (tree) return tree;
  }
  const commit = await resolveCommit(repo, treeish);
  return commit ? repo.git.peel(commit, 'tree') : null;
}

function commitCandidates(repo: Repo, ref: string): string[] {
  if (ref === 'HEAD') return [`refs/heads/${repo.defaultBranch}`];
  const candidates: string[] = [];
  if (isPlainRefName(ref)) {
    candidates.push(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`);
    if (!ref.startsWith('refs/')) candidates.push(`refs/tags/${ref}`);
  }
  if (SHA_PREFIX.test(ref)) candidates.push(ref.toLowerCase());
  return candidates;
}

export function isFullSha(value: string): boolean {
  return /^[0-9a-f]{40}$/.test(value);
}
