import type { Stats } from './record.js';
/** The stats of a source tree on disk, by the same rules as a tarball. */
export declare function directoryStats(root: string, repo: string): Promise<Stats>;
