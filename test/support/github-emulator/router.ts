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
}

export interface Route {
  method: string;
  /** Matched against the decoded path; named groups `owner` and `repo` pick the repository. */
  pattern: RegExp;
  handle: (context: RouteContext) => Promise<Reply>;
  /** What a read-only token lacks here, as x-accepted-github-permissions names it. */
  writePermission: string;
  /** Served without looking at credentials, like codeload's signed URLs. */
  anonymous: boolean;
}

export const CONTENTS_WRITE = 'contents=write';

export function repoRoute(method: string, suffix: string, handle: Route['handle'], writePermission = CONTENTS_WRITE): Route {
  const pattern = new RegExp(`^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)${suffix}$`);
  return { method, pattern, handle, writePermission, anonymous: false };
}

export function findRoute(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string | undefined> } | undefined {
  for (const route of routes) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (match) return { route, params: { ...match.groups } };
  }
  return undefined;
}
