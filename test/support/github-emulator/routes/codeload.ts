import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { notFound, type Reply } from '../http.js';
import { isFullSha, resolveCommitRef } from '../refs.js';
import type { Repo } from '../repos.js';
import type { Route, RouteContext } from '../router.js';

/** A codeload path: `legacy.tar.gz` is the API tarball's format, `tar.gz` the source archives'. */
export function codeloadPath(repo: Repo, format: 'legacy.tar.gz' | 'tar.gz', ref: string): string {
  const encodedRef = ref.split('/').map(encodeURIComponent).join('/');
  return `/_codeload/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}/${format}/${encodedRef}`;
}

/**
 * A source archive's top folder as GitHub names it: REPO-REF without refs/heads/ or refs/tags/,
 * '/' as '-', and without the 'v' of a version tag (v1.2.0 gives REPO-1.2.0); REPO-SHA for a sha.
 */
function sourceArchiveFolder(repo: Repo, ref: string, matched: string): string {
  if (isFullSha(ref)) return `${repo.name}-${ref}`;
  let name = ref.replace(/^refs\/(?:heads|tags)\//, '');
  if (matched.startsWith('refs/tags/')) name = name.replace(/^v(?=\d)/, '');
  return `${repo.name}-${name.replaceAll('/', '-')}`;
}

/** The API tarball's top folder: OWNER-REPO-SHORTSHA. */
function legacyFolder(repo: Repo, sha: string): string {
  return `${repo.owner}-${repo.name}-${sha.slice(0, 7)}`;
}

/**
 * `git archive` of the commit under `folder/`, gzipped and streamed as git writes it. Given a
 * commit (not a tree), git writes its id in the pax global header, as GitHub's archives have it.
 */
function archiveReply(repo: Repo, sha: string, folder: string): Reply {
  const headers = { 'content-type': 'application/x-gzip', 'content-disposition': `attachment; filename=${folder}.tar.gz` };
  if (repo.archiveOverride) return { status: 200, headers, raw: repo.archiveOverride };
  const key = `${sha}:${folder}`;
  const cached = repo.archives.get(key);
  if (cached) return { status: 200, headers, raw: cached };
  const gzip = createGzip();
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  gzip.on('end', () => repo.archives.set(key, Buffer.concat(chunks)));
  // On a git failure pipeline destroys gzip with the error, which cuts the response short.
  pipeline(repo.git.archive(sha, `${folder}/`), gzip).catch(() => {});
  return { status: 200, headers, raw: gzip };
}

/** The repository whose archives `repo` serves: a copy serves its origin's. */
function archiveOrigin(repo: Repo): Repo {
  return repo.archiveOverride ? repo : (repo.copyOf ?? repo);
}

async function serveLegacy({ repo, params }: RouteContext): Promise<Reply> {
  const resolved = await resolveCommitRef(repo, params.ref!);
  if (!resolved) throw notFound();
  const origin = archiveOrigin(repo);
  return archiveReply(origin, resolved.sha, legacyFolder(origin, resolved.sha));
}

async function serveSourceArchive({ repo, params }: RouteContext): Promise<Reply> {
  const ref = params.ref!;
  const resolved = await resolveCommitRef(repo, ref);
  if (!resolved) throw notFound();
  const origin = archiveOrigin(repo);
  return archiveReply(origin, resolved.sha, sourceArchiveFolder(origin, ref, resolved.matched));
}

function codeloadRoute(format: string, handle: Route['handle']): Route {
  const pattern = new RegExp(`^/_codeload/(?<owner>[^/]+)/(?<repo>[^/]+)/${format.replaceAll('.', '\\.')}/(?<ref>.+)$`);
  return { method: 'GET', pattern, handle, writePermission: '', surface: 'codeload' };
}

export const codeloadRoutes: Route[] = [codeloadRoute('legacy.tar.gz', serveLegacy), codeloadRoute('tar.gz', serveSourceArchive)];
