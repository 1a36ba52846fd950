import type { TokenIdentity } from './token-identities.js';
import type { IncomingHttpHeaders } from 'node:http';
import type { Reply } from './http.js';
import type { Repo, RepoStore } from './repos.js';

export interface RouteContext {
  repo: Repo;
  params: Record<string, string | undefined>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The request's absolute URL, for Link headers. */
  url: URL;
  /** The emulator's root URL, for URLs in bodies and redirects. */
  baseUrl: string;
  store: RepoStore;
  /** Who the request's token acts as; null without a known token. */
  identity: TokenIdentity | null;
}

/**
 * Which of GitHub's hosts a path stands for: the REST API (api.github.com), the website's
 * source-archive URLs (github.com), or the archive server (codeload.github.com, under /_codeload).
 * Only the API checks credentials and counts requests against the quota.
 */
export type Surface = 'api' | 'web' | 'codeload';

export interface Route {
  method: string;
  /** Matched against the decoded path; named groups `owner` and `repo`, or `repoId`, pick the repository. */
  pattern: RegExp;
  handle: (context: RouteContext) => Promise<Reply>;
  /** What a read-only token lacks here, as x-accepted-github-permissions names it. */
  writePermission: string;
  surface: Surface;
}

export const CONTENTS_WRITE = 'contents=write';

/** An API route under /repos/{owner}/{repo}, also reachable as /repositories/{id} (where renames redirect). */
export function repoRoute(method: string, suffix: string, handle: Route['handle'], writePermission = CONTENTS_WRITE): Route {
  const pattern = new RegExp(`^/(?:repos/(?<owner>[^/]+)/(?<repo>[^/]+)|repositories/(?<repoId>\\d+))${suffix}$`);
  return { method, pattern, handle, writePermission, surface: 'api' };
}

export function findRoute(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string | undefined> } | undefined {
  for (const route of routes) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (match) return { route, params: { ...match.groups } };
  }
  return undefined;
}

/** By path alone, so that a request no route answers (or a fault answers) is still counted right. */
export function surfaceOf(path: string): Surface {
  if (path.startsWith('/_codeload/')) return 'codeload';
  return /^\/[^/]+\/[^/]+\/archive\//.test(path) && !path.startsWith('/repos/') ? 'web' : 'api';
}
