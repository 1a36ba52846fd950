import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from './http.js';

export type Permission = 'read' | 'write';

const READ_METHODS = new Set(['GET', 'HEAD']);

/** `token X` or `Bearer X`; undefined without the header, null when it is malformed. */
function presentedToken(header: string | undefined): string | undefined | null {
  if (header === undefined) return undefined;
  return /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header)?.[1] ?? null;
}

/**
 * GitHub's answers to credentials: anonymous reads of public repositories are fine, an unknown
 * token is 401, and a write with a read-only token is 403 naming the permission it lacks.
 */
export function authorize(tokens: ReadonlyMap<string, Permission>, headers: IncomingHttpHeaders, method: string, writePermission: string): void {
  const token = presentedToken(headers.authorization);
  const isRead = READ_METHODS.has(method);
  if (token === undefined) {
    if (isRead) return;
    throw new HttpError(401, 'Requires authentication');
  }
  const permission = token === null ? undefined : tokens.get(token);
  if (permission === undefined) throw new HttpError(401, 'Bad credentials');
  if (permission === 'read' && !isRead) {
    throw new HttpError(403, 'Resource not accessible by integration', {}, { 'x-accepted-github-permissions': writePermission });
  }
}

/** The token a request presents, if the emulator knows it: whose quota it spends, and who may see private repositories. */
export function knownToken(tokens: ReadonlyMap<string, Permission>, headers: IncomingHttpHeaders): string | null {
  const token = presentedToken(headers.authorization);
  return token && tokens.has(token) ? token : null;
}
