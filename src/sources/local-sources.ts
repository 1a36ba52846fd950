import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../error-message.js';
import { localSourceRecord } from '../stats/local-source.js';
import { failureRecord, type StatsRecord } from '../stats/record.js';
import { SourceError } from '../stats/source-error.js';
import type { SourceProvider } from './source-provider.js';

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

/** Offline sources: a folder of `owner/repo` directories or `owner/repo.tar.gz` tarballs. */
export class LocalSources implements SourceProvider {
  constructor(private readonly dir: string) {}

  /** Sources from `dir`, which must be a folder: a mistyped path would fail every datum and commit that. */
  static async open(dir: string): Promise<LocalSources> {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new SourceError(`${dir}: no such folder of sources`);
    return new LocalSources(dir);
  }

  async compute(repo: string): Promise<StatsRecord> {
    const path = await this.locate(repo);
    if (!path) return failureRecord(repo, null, `no source for ${repo} in ${this.dir} (looked for ${repo} and ${repo}.tar.gz)`);
    try {
      return await localSourceRecord({ repo, path });
    } catch (error) {
      return failureRecord(repo, null, errorMessage(error));
    }
  }

  /** Local sources have no upstream head to compare with: a refresh recomputes them. */
  async headMoved(): Promise<boolean> {
    return true;
  }

  private async locate(repo: string): Promise<string | null> {
    const [owner, name] = repo.split('/') as [string, string];
    const ownerDir = await findEntry(this.dir, owner);
    if (!ownerDir) return null;
    return (await findEntry(ownerDir, `${name}.tar.gz`)) ?? (await findEntry(ownerDir, name));
  }
}
