import type { TreeEntry } from '../git.js';
import { json, notFound, unprocessable, type Reply } from '../http.js';
import { isFullSha, resolveTree } from '../refs.js';
import type { Repo } from '../repos.js';
import { optionalString, requiredArray, requiredString } from '../request-body.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { RECURSIVE_TREE_MAX_BYTES, RECURSIVE_TREE_MAX_ENTRIES } from '../size-limits.js';
import { buildTree, type TreeEdit } from '../tree-builder.js';

const TYPE_OF_MODE: Record<string, TreeEntry['type']> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
};

function treeBody(baseUrl: string, repo: Repo, sha: string, entries: TreeEntry[], recursive = false): object {
  const objectUrl = (entry: TreeEntry): string => `${baseUrl}/repos/${repo.fullName}/git/${entry.type}s/${entry.sha}`;
  const listed = entries.map((entry) => ({ ...entry, url: objectUrl(entry) }));
  const limited = recursive ? withinTreeLimits(listed) : { tree: listed, truncated: false };
  return { sha, url: `${baseUrl}/repos/${repo.fullName}/git/trees/${sha}`, ...limited };
}

/** A recursive listing is cut at GitHub's limits, and says so. */
function withinTreeLimits<T>(entries: T[]): { tree: T[]; truncated: boolean } {
  let bytes = 0;
  for (let i = 0; i < entries.length; i++) {
    bytes += JSON.stringify(entries[i]).length + 1;
    if (i === RECURSIVE_TREE_MAX_ENTRIES || bytes > RECURSIVE_TREE_MAX_BYTES) return { tree: entries.slice(0, i), truncated: true };
  }
  return { tree: entries, truncated: false };
}

/** Takes a tree sha, a commit sha or a branch name, like GitHub; `recursive` with any value lists everything. */
async function getTree({ repo, params, query, baseUrl }: RouteContext): Promise<Reply> {
  const tree = await resolveTree(repo, params.treeish!);
  if (!tree) throw notFound();
  const recursive = query.has('recursive');
  return json(200, treeBody(baseUrl, repo, tree, await repo.git.lsTree(tree, recursive), recursive));
}

function isWellFormedPath(path: string): boolean {
  return !path.includes('\0') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && part !== '.git');
}

async function requireObject(repo: Repo, sha: string, type: TreeEntry['type']): Promise<void> {
  // A gitlink names a commit of another repository: there is nothing here to check.
  if (type === 'commit') return;
  if (!isFullSha(sha) || !(await repo.git.isObjectOf(sha, type))) throw unprocessable(`tree.sha ${sha} is not a valid ${type}`);
}

async function toEdit(repo: Repo, entry: unknown): Promise<TreeEdit> {
  const path = requiredString(entry, 'path');
  const mode = requiredString(entry, 'mode');
  const type = TYPE_OF_MODE[mode];
  if (!isWellFormedPath(path)) throw unprocessable(`tree.path ${JSON.stringify(path)} contains a malformed path component`);
  if (!type || type !== requiredString(entry, 'type')) throw unprocessable(`tree.mode ${mode} does not fit tree.type`);
  const { content, sha } = entry as { content?: unknown; sha?: unknown };
  if (typeof content === 'string') {
    if (type !== 'blob') throw unprocessable('tree.content is only for blobs');
    return { path, mode, type, sha: await repo.git.hashObject(Buffer.from(content, 'utf8')) };
  }
  if (sha === null) return { path, remove: true };
  if (typeof sha !== 'string') throw unprocessable('Must supply either tree.sha or tree.content');
  await requireObject(repo, sha, type);
  return { path, mode, type, sha };
}

async function baseTree(repo: Repo, sha: string | undefined): Promise<string | null> {
  if (sha === undefined) return null;
  const tree = isFullSha(sha) ? await repo.git.peel(sha, 'tree') : null;
  if (!tree) throw unprocessable(`base_tree ${sha} is not a valid tree`);
  return tree;
}

async function createTree({ repo, body, baseUrl }: RouteContext): Promise<Reply> {
  const base = await baseTree(repo, optionalString(body, 'base_tree'));
  const edits: TreeEdit[] = [];
  for (const entry of requiredArray(body, 'tree')) edits.push(await toEdit(repo, entry));
  const sha = await buildTree(repo.git, base, edits);
  return json(201, treeBody(baseUrl, repo, sha, await repo.git.lsTree(sha, false)));
}

export const gitTreeRoutes: Route[] = [repoRoute('GET', '/git/trees/(?<treeish>.+)', getTree), repoRoute('POST', '/git/trees', createTree)];
