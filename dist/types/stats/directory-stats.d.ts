import type { Stats } from './record.js';
/**
 * The stats of a source tree on disk, by the same rules as a tarball. Every failure rejects with
 * a SourceError whose message starts with `root`.
 */
export declare function directoryStats(root: string, repo: string): Promise<Stats>;
