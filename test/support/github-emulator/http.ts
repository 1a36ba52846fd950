import type { Readable } from 'node:stream';

/** What a route answers: a JSON value, or raw bytes / a stream with their own content-type header. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  raw?: Buffer | string | Readable;
}

const DOCUMENTATION_URL = 'https://docs.github.com/rest';

/** An error answer, shaped like GitHub's: `{ message, documentation_url, ...extra }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function json(status: number, value: unknown, headers?: Record<string, string>): Reply {
  return { status, json: value, ...(headers ? { headers } : {}) };
}

export function notFound(message = 'Not Found'): HttpError {
  return new HttpError(404, message);
}

export function unprocessable(message: string, extra?: Record<string, unknown>): HttpError {
  return new HttpError(422, message, extra);
}

export function errorReply(error: unknown): Reply {
  if (error instanceof HttpError) {
    return json(error.status, { message: error.message, ...error.extra, documentation_url: DOCUMENTATION_URL }, error.headers);
  }
  // An emulator bug: make it loud in the test that hit it.
  return json(500, { message: `emulator error: ${error instanceof Error ? error.stack : String(error)}` });
}

/** GitHub's answer to Git Data reads on a repository without any commit. */
export function repositoryEmpty(): HttpError {
  return new HttpError(409, 'Git Repository is empty.');
}
