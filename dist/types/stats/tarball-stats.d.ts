import type { Readable } from 'node:stream';
import type { Stats } from './record.js';
export interface TarballStats {
    stats: Stats;
    /** The single top-level folder, as GitHub names it: `OWNER-REPO-SHORTSHA`. */
    topFolder: string | null;
}
/**
 * The stats of a gzip tarball read from `input` as a stream: decompressed and parsed as it
 * arrives, never written to disk and never held whole. `label` names the tarball in errors.
 */
export declare function tarballStats(input: Readable, repo: string, label: string): Promise<TarballStats>;
