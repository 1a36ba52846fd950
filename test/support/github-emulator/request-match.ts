/** Which requests a fault or a cut-off applies to. */
export interface RequestMatch {
  method?: string;
  /** A RegExp searched in the path, or a prefix of it (paths exclude the query string). */
  path: RegExp | string;
}

export function matchesRequest(match: RequestMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  return typeof match.path === 'string' ? path.startsWith(match.path) : path.search(match.path) >= 0;
}
