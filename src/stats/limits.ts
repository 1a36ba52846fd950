/**
 * What one archive may make the engine read or hold. Each limit is far above any real repository
 * (the Go 1.19 tree inflates to about 125 MB, imports about 2,000 distinct paths and declares
 * seven modules; an import path is rarely longer than 100 bytes), so only a hostile or broken
 * archive meets one, and it gets a clear error instead of exhausting memory or time.
 */

export const MEBIBYTE = 1024 * 1024;

/** Bytes an archive may inflate to: an inflate bomb stops here. */
export const DEFAULT_MAX_INFLATED_BYTES = 8 * 1024 * MEBIBYTE;

/** go.mod files larger than this are not read: no real one comes near. */
export const MAX_GO_MOD_BYTES = MEBIBYTE;

/**
 * The most the import scan holds of a Go file past a point it can resume from: in effect the
 * longest token (identifier, string literal, number) it reads in a package clause or imports.
 * Comments and white space never count: they are read as they stream past.
 */
export const MAX_TOKEN_BYTES = MEBIBYTE;

/** Distinct import paths a repository may have, and their total length in bytes. */
export const MAX_IMPORT_PATHS = 200_000;
export const MAX_IMPORT_PATH_BYTES = 16 * MEBIBYTE;

/** Distinct go.mod module paths a repository may declare, and their total length in bytes. */
export const MAX_MODULE_PATHS = 200_000;
export const MAX_MODULE_PATH_BYTES = 16 * MEBIBYTE;

/** An archive went past one of the limits above; the message names the limit. */
export class LimitExceeded extends Error {
  override name = 'LimitExceeded';
}
