import { notFound, type Reply } from '../http.js';
import { resolveCommit } from '../refs.js';
import type { Route, RouteContext } from '../router.js';
import { codeloadPath } from './codeload.js';

/** github.com/{owner}/{repo}/archive/{ref}.tar.gz: a redirect to codeload, outside the API quota. */
async function redirectSourceArchive({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  const ref = params.ref!;
  if (!(await resolveCommit(repo, ref))) throw notFound();
  return { status: 302, headers: { location: `${baseUrl}${codeloadPath(repo, 'tar.gz', ref)}` } };
}

export const sourceArchiveRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/(?<owner>[^/]+)\/(?<repo>[^/]+)\/archive\/(?<ref>.+)\.tar\.gz$/,
    handle: redirectSourceArchive,
    writePermission: '',
    surface: 'web',
  },
];
