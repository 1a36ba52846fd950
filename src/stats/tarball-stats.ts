import type { Readable } from 'node:stream';
import { Parser } from 'tar/parse';
import type { ReadEntry } from 'tar/read-entry';
import { errorMessage } from '../error-message.js';
import { commitOfComment, folderCommitMismatch } from './archive-commit.js';
import { fileRole, tarballPathParts, type FileRole } from './considered-files.js';
import { decoupledPipe } from './decoupled-pipe.js';
import { GoFileReader } from './go-file-reader.js';
import { GzipDecoder, GzipError } from './gzip-decoder.js';
import { DEFAULT_MAX_INFLATED_BYTES, LimitExceeded, MAX_GO_MOD_BYTES } from './limits.js';
import type { Stats } from './record.js';
import { SourceError } from './source-error.js';
import { StatsBuilder } from './stats-builder.js';

const REGULAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

export interface TarballOptions {
  /** Reading fails past this many inflated bytes; DEFAULT_MAX_INFLATED_BYTES when not given. */
  maxInflatedBytes?: number;
}

export interface TarballStats {
  stats: Stats;
  /** The single top-level folder, as GitHub names it: `OWNER-REPO-SHORTSHA`. */
  topFolder: string | null;
  /** The commit `git archive` wrote in the pax global header (40 hex digits), or null. */
  archiveCommit: string | null;
}

/** What went wrong inside the engine, as the archive's rejection: it names the archive, and the entry when there is one. */
function archiveError(label: string, error: unknown, entryPath?: string): Error {
  if (error instanceof SourceError) return error;
  const message = `${label}: ${entryPath === undefined ? '' : `${entryPath}: `}${errorMessage(error)}`;
  return error instanceof LimitExceeded ? new SourceError(message) : new Error(message, { cause: error });
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

/** Feeds one entry that counts to `builder` as it streams past; what that throws goes to `onError`, and the entry's later events are ignored. */
function readEntry(entry: ReadEntry, role: FileRole, builder: StatsBuilder, onError: (error: unknown) => void): void {
  let failed = false;
  const fail = (error: unknown): void => {
    failed = true;
    onError(error);
  };
  if (role === 'go') {
    const file = new GoFileReader();
    entry.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        file.add(chunk);
      } catch (error) {
        fail(error);
      }
    });
    entry.on('end', () => {
      if (failed) return;
      try {
        const { lines, scan } = file.finish();
        builder.addGoFile(lines, scan);
      } catch (error) {
        fail(error);
      }
    });
  } else if (role === 'go.mod') {
    const chunks: Buffer[] = [];
    entry.on('data', (chunk: Buffer) => chunks.push(chunk));
    entry.on('end', () => {
      try {
        builder.addGoMod(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        fail(error);
      }
    });
  } else {
    entry.resume();
  }
}

/** One tarball being read: the streams, what has been learnt so far, and the promise to settle. */
class TarballReading {
  private readonly builder = new StatsBuilder();
  private readonly gunzip = new GzipDecoder();
  private readonly parser: Parser;
  // The filter sees each entry just before the parser emits it (if kept): its role is worked out once.
  private readonly roles = new WeakMap<ReadEntry, FileRole>();
  private topFolder: string | null = null;
  private comment: string | undefined;
  private archiveEnded = false;
  private inflated = 0;
  private settled = false;

  constructor(
    private readonly input: Readable,
    private readonly repo: string,
    private readonly label: string,
    private readonly maxInflatedBytes: number,
    private readonly resolve: (result: TarballStats) => void,
    private readonly reject: (error: Error) => void,
  ) {
    // Entries that do not count are filtered out, so the parser skips their bodies unread.
    this.parser = new Parser({ strict: true, brotli: false, zstd: false, filter: (path, entry) => this.keep(path, entry as ReadEntry) });
    // The parser emits only the entries its filter kept, so each has a role.
    this.parser.on('entry', (entry: ReadEntry) =>
      readEntry(entry, this.roles.get(entry)!, this.builder, (error) => this.fail(archiveError(label, error, entry.path))),
    );
    this.parser.on('eof', () => (this.archiveEnded = true));
    this.parser.on('error', (error: Error) => this.fail(new SourceError(`${label}: corrupt tar archive (${error.message})`)));
    this.parser.on('end', () => this.finish());
    input.on('error', (error: Error) => this.fail(error instanceof SourceError ? error : new SourceError(`${label}: ${error.message}`)));
    this.gunzip.on('error', (error: Error) =>
      this.fail(error instanceof GzipError ? new SourceError(`${label}: ${error.message}`) : archiveError(label, error)),
    );
    input.pipe(this.gunzip);
    decoupledPipe(this.gunzip, { write: (chunk) => this.write(chunk), end: () => this.end() }, (error) => this.fail(archiveError(label, error)));
  }

  private keep(path: string, entry: ReadEntry): boolean {
    const parts = tarballPathParts(path);
    this.topFolder ??= folderAtTop(entry, parts);
    this.comment ??= entry.globalExtended?.comment;
    const role = entryRole(entry, parts);
    if (role !== 'ignored') this.roles.set(entry, role);
    return role !== 'ignored';
  }

  private write(chunk: Buffer): void {
    if (this.settled) return;
    this.inflated += chunk.length;
    if (this.inflated > this.maxInflatedBytes) {
      this.fail(new SourceError(`${this.label}: archive inflates to more than ${this.maxInflatedBytes} bytes (the limit for one archive)`));
    } else if (!this.archiveEnded) {
      // Past the end-of-archive blocks nothing is read: the parser would hold all of it.
      this.parser.write(chunk);
    }
  }

  private end(): void {
    if (this.settled) return;
    // Bytes that are not gzip may follow a whole archive (gzip -d ignores them), not cut one short.
    if (this.gunzip.trailingGarbageAt !== -1 && !this.archiveEnded) {
      const at = this.gunzip.trailingGarbageAt;
      this.fail(new SourceError(`${this.label}: corrupt gzip data (bytes that are not gzip at offset ${at}, before the tar archive ends)`));
    } else {
      this.parser.end();
    }
  }

  private finish(): void {
    if (this.settled) return;
    const archiveCommit = commitOfComment(this.comment);
    const mismatch = folderCommitMismatch(this.topFolder, this.repo, archiveCommit);
    if (mismatch !== null) {
      this.fail(new SourceError(`${this.label}: ${mismatch}`));
      return;
    }
    this.settled = true;
    this.resolve({ stats: this.builder.finish(this.repo), topFolder: this.topFolder, archiveCommit });
  }

  private fail(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.input.unpipe(this.gunzip);
    this.input.destroy();
    this.gunzip.destroy();
    this.reject(error);
  }
}

/**
 * The stats of a gzip tarball read from `input` as a stream: decompressed and parsed as it
 * arrives, never written to disk and never held whole. `label` names the tarball in errors:
 * every failure, whatever its cause, rejects with an Error whose message starts with it.
 */
export function tarballStats(input: Readable, repo: string, label: string, options: TarballOptions = {}): Promise<TarballStats> {
  const maxInflatedBytes = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  return new Promise((resolve, reject) => new TarballReading(input, repo, label, maxInflatedBytes, resolve, reject));
}
