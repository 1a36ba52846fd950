import { type StatsRecord } from '../stats/record.js';
import type { SourceProvider } from './source-provider.js';
/** Offline sources: a folder of `owner/repo` directories or `owner/repo.tar.gz` tarballs. */
export declare class LocalSources implements SourceProvider {
    private readonly dir;
    constructor(dir: string);
    /** Sources from `dir`, which must be a folder: a mistyped path would fail every datum and commit that. */
    static open(dir: string): Promise<LocalSources>;
    compute(repo: string): Promise<StatsRecord>;
    /** Local sources have no upstream head to compare with: a refresh recomputes them. */
    headMoved(): Promise<boolean>;
    private locate;
}
