import { type StatsRecord } from '../stats/record.js';
import type { ArchiveLimits } from './archive-stats.js';
import type { ComputeOptions, HeadCheck, SourceProvider } from './source-provider.js';
/** Offline sources: a folder of `owner/repo` directories or `owner/repo.tar.gz` tarballs. */
export declare class LocalSources implements SourceProvider {
    private readonly dir;
    private readonly limits;
    readonly apiRequestsPerDatum = 0;
    constructor(dir: string, limits: Pick<ArchiveLimits, 'maxInflatedBytes'>);
    /** Sources from `dir`, which must be a folder: a mistyped path would fail every datum and commit that. */
    static open(dir: string, limits: Pick<ArchiveLimits, 'maxInflatedBytes'>): Promise<LocalSources>;
    compute(repo: string, options: ComputeOptions): Promise<StatsRecord>;
    /** Local sources have no upstream head to compare with: a refresh recomputes them. */
    headMoved(): Promise<HeadCheck>;
    private locate;
}
