import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { Parser } from 'tar/parse';
import type { ReadEntry } from 'tar/read-entry';
import { fileRole, tarballPathParts, type FileRole } from './considered-files.js';
import { GoFileReader } from './go-file-reader.js';
import { MAX_GO_MOD_BYTES } from './go-mod.js';
import { StatsBuilder } from './stats-builder.js';
import type { Stats } from './record.js';
import { SourceError } from './source-error.js';
import { decoupledPipe } from './decoupled-pipe.js';

const REGULAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

export interface TarballStats {
  stats: Stats;
  /** The single top-level folder, as GitHub names it: `OWNER-REPO-SHORTSHA`. */
  topFolder: string | null;
}

function gzipError(label: string, error: NodeJS.ErrnoException): SourceError {
  if (error.code === 'Z_DATA_ERROR' && /header/.test(error.message)) return new SourceError(`${label}: not a gzip file`);
  if (error.code === 'Z_BUF_ERROR') return new SourceError(`${label}: truncated gzip stream`);
  return new SourceError(`${label}: corrupt gzip data (${error.message})`);
}

/** The top-level folder an entry is in or is, if any: a file at the top is in no folder. */
function folderAtTop(entry: ReadEntry, parts: string[] | null): string | null {
  if (!parts || parts.length === 0 || (parts.length === 1 && entry.type !== 'Directory')) return null;
  return parts[0]!;
}

/** The role of a tarball entry: what the stats need of it, if anything (a go.mod too large to read is ignored). */
function entryRole(entry: ReadEntry, parts: string[] | null): FileRole {
  const role = parts && REGULAR_FILE_TYPES.has(entry.type) ? fileRole(parts.slice(1)) : 'ignored';
  return role === 'go.mod' && entry.size > MAX_GO_MOD_BYTES ? 'ignored' : role;
}

/** Feeds one entry that counts to `builder` as it streams past. */
function readEntry(entry: ReadEntry, role: FileRole, builder: StatsBuilder): void {
  if (role === 'go') {
    const file = new GoFileReader();
    entry.on('data', (chunk: Buffer) => file.add(chunk));
    entry.on('end', () => {
      const { lines, scan } = file.finish();
      builder.addGoFile(lines, scan);
    });
  } else if (role === 'go.mod') {
    const chunks: Buffer[] = [];
    entry.on('data', (chunk: Buffer) => chunks.push(chunk));
    entry.on('end', () => builder.addGoMod(Buffer.concat(chunks).toString('utf8')));
  } else {
    entry.resume();
  }
}

/**
 * The stats of a gzip tarball read from `input` as a stream: decompressed and parsed as it
 * arrives, never written to disk and never held whole. `label` names the tarball in errors.
 */
export function tarballStats(input: Readable, repo: string, label: string): Promise<TarballStats> {
  return new Promise((resolve, reject) => {
    const builder = new StatsBuilder();
    let topFolder: string | null = null;
    let settled = false;
    // The filter sees each entry just before the parser emits it (if kept): its role is worked out once.
    const roles = new WeakMap<ReadEntry, FileRole>();
    // Large output chunks: fewer hand-overs between the inflater and the parser.
    const gunzip = createGunzip({ chunkSize: 1 << 20 });
    // Entries that do not count are filtered out, so the parser skips their bodies unread.
    const parser = new Parser({
      strict: true,
      brotli: false,
      zstd: false,
      filter: (path, entry) => {
        const parts = tarballPathParts(path);
        topFolder ??= folderAtTop(entry as ReadEntry, parts);
        const role = entryRole(entry as ReadEntry, parts);
        if (role !== 'ignored') roles.set(entry as ReadEntry, role);
        return role !== 'ignored';
      },
    });

    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      input.unpipe(gunzip);
      input.destroy();
      gunzip.destroy();
      reject(error);
    };

    // The parser emits only the entries its filter kept, so each has a role.
    parser.on('entry', (entry: ReadEntry) => readEntry(entry, roles.get(entry)!, builder));
    parser.on('error', (error: Error) => fail(new SourceError(`${label}: corrupt tar archive (${error.message})`)));
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ stats: builder.finish(repo), topFolder });
    });
    input.on('error', (error: Error) => fail(error instanceof SourceError ? error : new SourceError(`${label}: ${error.message}`)));
    gunzip.on('error', (error: NodeJS.ErrnoException) => fail(gzipError(label, error)));
    input.pipe(gunzip);
    decoupledPipe(gunzip, parser);
  });
}
