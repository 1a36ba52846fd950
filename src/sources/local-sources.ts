import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../error-message.js';
import { localSourceRecord } from '../stats/path-stats.js';
import { failureRecord, type StatsRecord } from '../stats/record.js';
import { SourceError } from '../stats/source-error.js';
import type { ArchiveLimits } from './archive-stats.js';
import type { ComputeOptions, HeadCheck, SourceProvider } from './source-provider.js';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The entry of `dir` named `name`, compared case-insensitively as GitHub compares names. */
async function findEntry(dir: string, name: string): Promise<string | null> {
  if (await exists(join(dir, name))) return join(dir, name);
  const entries = await readdir(dir).catch(() => [] as string[]);
  const match = entries.find((entry) => entry.toLowerCase() === name.toLowerCase());
  return match ? join(dir, match) : null;
}

/** Rejects with the signal's reason once it is aborted: local work is not worth waiting for then. */
function abandonedOn(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Offline sources: a folder of `owner/repo` directories or `owner/repo.tar.gz` tarballs. */
export class LocalSources implements SourceProvider {
  readonly apiRequestsPerDatum = 0;

  constructor(
    private readonly dir: string,
    private readonly limits: Pick<ArchiveLimits, 'maxInflatedBytes'>,
  ) {}

  /** Sources from `dir`, which must be a folder: a mistyped path would fail every datum and commit that. */
  static async open(dir: string, limits: Pick<ArchiveLimits, 'maxInflatedBytes'>): Promise<LocalSources> {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new SourceError(`${dir}: no such folder of sources`);
    return new LocalSources(dir, limits);
  }

  async compute(repo: string, options: ComputeOptions): Promise<StatsRecord> {
    const path = await this.locate(repo);
    if (!path) return failureRecord(repo, null, `no source for ${repo} in ${this.dir} (looked for ${repo} and ${repo}.tar.gz)`);
    const record = localSourceRecord({ repo, path }, { maxInflatedBytes: this.limits.maxInflatedBytes }).catch((error: unknown) =>
      failureRecord(repo, null, errorMessage(error)),
    );
    return Promise.race([record, abandonedOn(options.signal)]);
  }

  /** Local sources have no upstream head to compare with: a refresh recomputes them. */
  async headMoved(): Promise<HeadCheck> {
    return { moved: true, head: null };
  }

  private async locate(repo: string): Promise<string | null> {
    const [owner, name] = repo.split('/') as [string, string];
    const ownerDir = await findEntry(this.dir, owner);
    if (!ownerDir) return null;
    return (await findEntry(ownerDir, `${name}.tar.gz`)) ?? (await findEntry(ownerDir, name));
  }
}
