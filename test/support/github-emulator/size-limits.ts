/**
 * GitHub's documented size limits on the endpoints Tusk reads and writes (REST reference: "Get
 * repository content", "Get a blob", "Get a tree"), so that a test fails where GitHub would.
 */
import { HttpError } from './http.js';

const MEGABYTE = 1024 * 1024;

/** The contents API serves a file whole in JSON up to this size... */
export const CONTENTS_JSON_MAX_BYTES = MEGABYTE;
/** ...and up to this size only as raw (or object) media; blobs are served up to it too. */
export const BLOB_MAX_BYTES = 100 * MEGABYTE;
/** A recursive tree lists at most this many entries, and this much of them, before it is truncated. */
export const RECURSIVE_TREE_MAX_ENTRIES = 100_000;
export const RECURSIVE_TREE_MAX_BYTES = 7 * MEGABYTE;

/** GitHub's answer to a blob too large for the way it was asked for. */
export function tooLarge(message: string): HttpError {
  return new HttpError(403, message, { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] });
}

/** GitHub's answer to a read of a blob over 100 MB, through any API. */
export function blobTooLarge(): HttpError {
  return tooLarge('This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.');
}

export function contentsTooLarge(size: number, raw: boolean): HttpError | null {
  if (size > BLOB_MAX_BYTES) return blobTooLarge();
  if (size > CONTENTS_JSON_MAX_BYTES && !raw) {
    return tooLarge(
      'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
    );
  }
  return null;
}
