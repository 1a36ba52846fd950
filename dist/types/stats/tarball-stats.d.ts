import type { Readable } from 'node:stream';
import type { Stats } from './record.js';
export interface TarballOptions {
    /** Reading fails past this many inflated bytes; DEFAULT_MAX_INFLATED_BYTES when not given. */
    maxInflatedBytes?: number;
}
export interface TarballStats {
    stats: Stats;
    /** The single top-level folder, as GitHub names it: `OWNER-REPO-SHORTSHA`. */
    topFolder: string | null;
    /** The commit `git archive` wrote in the pax global header (40 hex digits), or null. */
    archiveCommit: string | null;
}
/**
 * The stats of a gzip tarball read from `input` as a stream: decompressed and parsed as it
 * arrives, never written to disk and never held whole. `label` names the tarball in errors:
 * every failure, whatever its cause, rejects with an Error whose message starts with it.
 */
export declare function tarballStats(input: Readable, repo: string, label: string, options?: TarballOptions): Promise<TarballStats>;
