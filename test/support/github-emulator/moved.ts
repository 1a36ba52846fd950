import { json, type Reply } from './http.js';
import type { Repo } from './repos.js';
import type { Surface } from './router.js';

const DOCUMENTATION_URL = 'https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects';

/** Where a request to a repository's old name goes: the API by id, as GitHub does; the other hosts by name. */
function movedPath(surface: Surface, pathname: string, repo: Repo): string {
  if (surface === 'api') return pathname.replace(/^\/repos\/[^/]+\/[^/]+/, `/repositories/${repo.id}`);
  const name = `/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;
  return surface === 'codeload' ? pathname.replace(/^\/_codeload\/[^/]+\/[^/]+/, `/_codeload${name}`) : pathname.replace(/^\/[^/]+\/[^/]+/, name);
}

/**
 * GitHub's answer to a renamed or transferred repository's old name: 301 for reads, and 307 for
 * writes so that a client repeats the same method and body at the new location.
 */
export function movedReply(surface: Surface, method: string, url: URL, repo: Repo): Reply {
  const location = `${url.origin}${movedPath(surface, url.pathname, repo)}${url.search}`;
  if (surface !== 'api') return { status: 301, headers: { location } };
  const permanent = method === 'GET' || method === 'HEAD';
  const message = permanent ? 'Moved Permanently' : 'Temporary Redirect';
  return json(permanent ? 301 : 307, { message, url: location, documentation_url: DOCUMENTATION_URL }, { location });
}
