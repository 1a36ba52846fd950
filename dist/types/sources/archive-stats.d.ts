import { type TarballStats } from '../stats/tarball-stats.js';
/** How much one repository may cost, downloaded and inflated. */
export interface ArchiveLimits {
    maxTarballBytes: number;
    maxInflatedBytes: number;
}
/**
 * The stats of a downloaded archive, streamed through the size limit into the engine. A fault of
 * the archive (too large, corrupt) rejects with a SourceError, a definite answer; a fault of the
 * transfer (a dropped connection, a timeout, an abort) rejects with that error, worth another try.
 */
export declare function archiveStats(body: ReadableStream<Uint8Array>, repo: string, limits: ArchiveLimits): Promise<TarballStats>;
