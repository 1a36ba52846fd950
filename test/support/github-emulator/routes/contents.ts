import type { IncomingHttpHeaders } from 'node:http';
import type { TreeEntry } from '../git.js';
import { json, notFound, type Reply } from '../http.js';
import { isEmpty, resolveCommit } from '../refs.js';
import type { Repo } from '../repos.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { wrappedBase64 } from '../shapes.js';
import { contentsTooLarge } from '../size-limits.js';

function wantsRaw(headers: IncomingHttpHeaders): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(headers.accept ?? '');
}

function contentType(entry: TreeEntry): string {
  if (entry.type === 'tree') return 'dir';
  if (entry.type === 'commit') return 'submodule';
  return entry.mode === '120000' ? 'symlink' : 'file';
}

/** The entry at `path`, found by walking the trees: no git revision syntax sees the user's path. */
async function entryAt(repo: Repo, commit: string, path: string): Promise<TreeEntry | undefined> {
  const parts = path.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return undefined;
  let entry: TreeEntry | undefined = { mode: '040000', type: 'tree', sha: commit, path: '' };
  for (const part of parts) {
    if (entry?.type !== 'tree') return undefined;
    entry = (await repo.git.lsTree(entry.sha, false)).find((child) => child.path === part);
  }
  return entry;
}

async function directory(context: RouteContext, tree: string, path: string): Promise<Reply> {
  const { repo, baseUrl } = context;
  const entries = await repo.git.lsTree(tree, false);
  return json(
    200,
    entries.map((entry) => {
      const entryPath = path === '' ? entry.path : `${path}/${entry.path}`;
      const url = `${baseUrl}/repos/${repo.fullName}/contents/${entryPath}`;
      return { type: contentType(entry), name: entry.path, path: entryPath, sha: entry.sha, size: entry.size ?? 0, url };
    }),
  );
}

async function file(context: RouteContext, entry: TreeEntry, path: string): Promise<Reply> {
  const { repo, baseUrl, headers } = context;
  // The tree listing gives a blob's size: a file too large is refused without reading it.
  const refusal = contentsTooLarge(entry.size ?? 0, wantsRaw(headers));
  if (refusal) throw refusal;
  const content = await repo.git.catFile('blob', entry.sha);
  // GitHub sends raw contents as text/plain, which Octokit hands back as a string.
  if (wantsRaw(headers)) return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, raw: content };
  return json(200, {
    type: contentType(entry),
    encoding: 'base64',
    size: content.length,
    name: path.slice(path.lastIndexOf('/') + 1),
    path,
    content: wrappedBase64(content),
    sha: entry.sha,
    url: `${baseUrl}/repos/${repo.fullName}/contents/${path}`,
  });
}

async function getContents(context: RouteContext): Promise<Reply> {
  const { repo, params, query } = context;
  const ref = query.get('ref') ?? 'HEAD';
  const commit = await resolveCommit(repo, ref);
  if (!commit) throw notFound((await isEmpty(repo)) ? 'This repository is empty.' : `No commit found for the ref ${ref}`);
  const path = (params.path ?? '').replace(/\/+$/, '');
  if (path === '') return directory(context, commit, '');
  const entry = await entryAt(repo, commit, path);
  if (!entry) throw notFound();
  return entry.type === 'tree' ? directory(context, entry.sha, path) : file(context, entry, path);
}

export const contentRoutes: Route[] = [repoRoute('GET', '/contents(?:/(?<path>.*))?', getContents)];
