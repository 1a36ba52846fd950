import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { notFound, type Reply } from '../http.js';
import { resolveCommit } from '../refs.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';

/** Like api.github.com: the archive itself comes from another host (here, another path) by redirect. */
async function redirectToCodeload({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  const sha = await resolveCommit(repo, params.ref ?? 'HEAD');
  if (!sha) throw notFound();
  return { status: 302, headers: { location: `${baseUrl}/_codeload/${repo.owner}/${repo.name}/legacy.tar.gz/${sha}` } };
}

/** GitHub's tarball: every entry under OWNER-REPO-SHORTSHA/, gzipped, streamed as git writes it. */
async function serveArchive({ repo, params }: RouteContext): Promise<Reply> {
  const sha = params.sha!;
  const cached = repo.archives.get(sha);
  if (!cached && (await repo.git.peel(sha, 'commit')) !== sha) throw notFound();
  const folder = `${repo.owner}-${repo.name}-${sha.slice(0, 7)}`;
  const headers = { 'content-type': 'application/x-gzip', 'content-disposition': `attachment; filename=${folder}.tar.gz` };
  if (repo.archiveOverride) return { status: 200, headers, raw: repo.archiveOverride };
  if (cached) return { status: 200, headers, raw: cached };
  const gzip = createGzip();
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  gzip.on('end', () => repo.archives.set(sha, Buffer.concat(chunks)));
  // On a git failure pipeline destroys gzip with the error, which cuts the response short.
  pipeline(repo.git.archive(sha, `${folder}/`), gzip).catch(() => {});
  return { status: 200, headers, raw: gzip };
}

export const tarballRoutes: Route[] = [
  repoRoute('GET', '/tarball(?:/(?<ref>.+))?', redirectToCodeload),
  {
    method: 'GET',
    pattern: /^\/_codeload\/(?<owner>[^/]+)\/(?<repo>[^/]+)\/legacy\.tar\.gz\/(?<sha>[0-9a-f]{40})$/,
    handle: serveArchive,
    writePermission: '',
    anonymous: true,
  },
];
