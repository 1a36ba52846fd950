import { notFound, type Reply } from '../http.js';
import { resolveCommit } from '../refs.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { codeloadPath } from './codeload.js';

/**
 * Like api.github.com: a redirect to codeload's legacy archive of the ref as given (no ref: the
 * default branch), which codeload resolves when it serves it. A private repository's link carries
 * a short-lived token instead of credentials.
 */
async function redirectToCodeload({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  const ref = params.ref ?? `refs/heads/${repo.defaultBranch}`;
  if (!(await resolveCommit(repo, ref))) throw notFound();
  const token = repo.isPrivate ? `?token=${repo.issueArchiveToken()}` : '';
  return { status: 302, headers: { location: `${baseUrl}${codeloadPath(repo, 'legacy.tar.gz', ref)}${token}` } };
}

export const tarballRoutes: Route[] = [repoRoute('GET', '/tarball(?:/(?<ref>.+))?', redirectToCodeload)];
