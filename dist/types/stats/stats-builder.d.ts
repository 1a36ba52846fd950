import type { Stats } from './record.js';
import type { ImportScan } from './go-imports.js';
/** Collects per-file facts of one source tree and turns them into its stats (docs/contract.md §2). */
export declare class StatsBuilder {
    private files;
    private lines;
    private unparsed;
    private readonly imports;
    private readonly modules;
    addGoFile(lines: number, scan: ImportScan): void;
    addGoMod(content: string): void;
    /** @param repo `owner/repo`, whose own `github.com/owner/repo` paths are not dependencies */
    finish(repo: string): Stats;
}
