import { readCommit } from '../commit-object.js';
import type { Identity } from '../git.js';
import { json, notFound, unprocessable, type Reply } from '../http.js';
import { GITHUB_IDENTITY } from '../identities.js';
import { isFullSha } from '../refs.js';
import type { Repo } from '../repos.js';
import { optionalObject, optionalString, optionalStringArray, requiredString } from '../request-body.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { gitCommitShape } from '../shapes.js';

async function getGitCommit({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  const sha = params.sha!;
  const commit = isFullSha(sha) ? await repo.git.peel(sha, 'commit') : null;
  if (commit !== sha) throw notFound();
  return json(200, gitCommitShape(baseUrl, repo, await readCommit(repo.git, sha)));
}

function identity(body: unknown, role: 'author' | 'committer'): Identity | undefined {
  const value = optionalObject(body, role);
  if (!value) return undefined;
  const date = optionalString(value, 'date');
  return { name: requiredString(value, 'name'), email: requiredString(value, 'email'), ...(date ? { date } : {}) };
}

async function requireObject(repo: Repo, sha: string, type: 'tree' | 'commit', message: string): Promise<void> {
  if (!isFullSha(sha) || !(await repo.git.isObjectOf(sha, type))) throw unprocessable(message);
}

/** commit-tree keeps the message byte for byte; unnamed signatures are GitHub's own, as for a token's commits. */
async function createGitCommit({ repo, body, baseUrl }: RouteContext): Promise<Reply> {
  const message = requiredString(body, 'message');
  const tree = requiredString(body, 'tree');
  const parents = optionalStringArray(body, 'parents');
  await requireObject(repo, tree, 'tree', 'Tree SHA does not exist');
  for (const parent of parents) await requireObject(repo, parent, 'commit', 'Parent SHA does not exist or is not a commit object');
  const author = identity(body, 'author') ?? GITHUB_IDENTITY;
  const committer = identity(body, 'committer') ?? author;
  const sha = await repo.git.commitTree(tree, parents, message, author, committer);
  return json(201, gitCommitShape(baseUrl, repo, await readCommit(repo.git, sha)));
}

export const gitCommitRoutes: Route[] = [repoRoute('GET', '/git/commits/(?<sha>[^/]+)', getGitCommit), repoRoute('POST', '/git/commits', createGitCommit)];
