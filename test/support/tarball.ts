/**
 * Real gzip tarballs for tests, built from a list of entries: regular files, folders, symbolic
 * and hard links, any path (absolute, `..`, long ones through a pax header), and contents given
 * whole or as a stream of chunks so that large archives never exist in memory.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { Header, Pax } from 'tar';

export type TarEntryType = 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'GlobalExtendedHeader';

export interface TarEntry {
  path: string;
  type?: TarEntryType;
  /** A file's content; a string is written as UTF-8. */
  content?: string | Uint8Array;
  /** A link's target. */
  linkpath?: string;
}

/** An entry whose content arrives in chunks, `size` bytes in all. */
export interface StreamedTarEntry {
  path: string;
  size: number;
  chunks: Iterable<Uint8Array>;
}

const BLOCK = 512;
const MTIME = new Date('2024-01-02T03:04:05Z');

function contentBytes(entry: TarEntry): Buffer {
  const { content } = entry;
  if (content === undefined) return Buffer.alloc(0);
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The 512-byte header of an entry, preceded by a pax header when its path does not fit ustar. */
export function headerBlocks(data: { path: string; type: TarEntryType; size: number; linkpath?: string }): Buffer {
  const header = new Header({
    path: data.path,
    type: data.type,
    size: data.size,
    linkpath: data.linkpath,
    mode: data.type === 'Directory' ? 0o755 : 0o644,
    mtime: MTIME,
    uid: 0,
    gid: 0,
  });
  const block = Buffer.alloc(BLOCK);
  header.encode(block);
  if (!header.needPax) return block;
  const pax = new Pax({ path: data.path, linkpath: data.linkpath, mtime: MTIME });
  return Buffer.concat([pax.encode(), block]);
}

function entryBlocks(entry: TarEntry): Buffer {
  const type = entry.type ?? 'File';
  if (type === 'GlobalExtendedHeader') {
    const body = Buffer.from(entry.content ?? '');
    return Buffer.concat([headerBlocks({ path: entry.path, type, size: body.length }), body, padding(body.length)]);
  }
  const body = type === 'File' ? contentBytes(entry) : Buffer.alloc(0);
  return Buffer.concat([headerBlocks({ path: entry.path, type, size: body.length, linkpath: entry.linkpath }), body, padding(body.length)]);
}

/** An uncompressed tar archive of `entries`, with its two end-of-archive blocks. */
export function tarBytes(entries: TarEntry[]): Buffer {
  return Buffer.concat([...entries.map(entryBlocks), Buffer.alloc(2 * BLOCK)]);
}

/** A gzip tarball of `entries`, in memory. */
export function gzipTarball(entries: TarEntry[]): Buffer {
  return gzipSync(tarBytes(entries));
}

/**
 * A GitHub-style tarball: every entry under `top/` (GitHub's `OWNER-REPO-SHORTSHA`), its folder
 * entry first, and the pax global header `git archive` writes.
 */
export function githubTarball(top: string, files: Record<string, string | Uint8Array>): Buffer {
  const entries: TarEntry[] = [
    { path: 'pax_global_header', type: 'GlobalExtendedHeader', content: '52 comment=0123456789abcdef0123456789abcdef01234567\n' },
    { path: `${top}/`, type: 'Directory' },
    ...Object.entries(files).map(([path, content]) => ({ path: `${top}/${path}`, content })),
  ];
  return gzipTarball(entries);
}

/** Breaks the checksum of the header at `offset` of an uncompressed archive (a corrupt header). */
export function withBadChecksum(tar: Buffer, offset = 0): Buffer {
  const copy = Buffer.from(tar);
  copy[offset + 148] = copy[offset + 148] === 0x37 ? 0x36 : 0x37; // a digit of the checksum field
  return copy;
}

async function* streamedTar(entries: StreamedTarEntry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield headerBlocks({ path: entry.path, type: 'File', size: entry.size });
    let written = 0;
    for (const chunk of entry.chunks) {
      written += chunk.length;
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    }
    if (written !== entry.size) throw new Error(`${entry.path}: ${written} bytes written, ${entry.size} declared`);
    yield padding(entry.size);
  }
  yield Buffer.alloc(2 * BLOCK);
}

/** Writes a gzip tarball of streamed entries to `file`, never holding an entry whole. */
export async function writeStreamedTarball(file: string, entries: StreamedTarEntry[], level = 1): Promise<void> {
  await pipeline(Readable.from(streamedTar(entries)), createGzip({ level }), createWriteStream(file));
}

/** Writes `bytes` to `file` and waits until they are on disk. */
export async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  const out = createWriteStream(file);
  out.end(bytes);
  await once(out, 'finish');
}

/** A file made of a head, `copies` repeats of a block, and a tail. */
export interface RepeatedFile {
  path: string;
  head?: Uint8Array;
  block: Uint8Array;
  copies: number;
  tail?: Uint8Array;
}

/** The size of a RepeatedFile. */
export function repeatedFileSize(entry: RepeatedFile): number {
  return (entry.head?.length ?? 0) + entry.copies * entry.block.length + (entry.tail?.length ?? 0);
}

/**
 * Writes a gzip tarball of `folder/` holding one large file, as concatenated gzip members (which
 * gzip -d and the engine read as one stream): the block is compressed once and its member written
 * `copies` times, so a file of gigabytes costs megabytes on disk and no time to compress.
 */
export async function writeRepeatedTarball(file: string, folder: string, entry: RepeatedFile): Promise<void> {
  const size = repeatedFileSize(entry);
  const handle = await open(file, 'w');
  try {
    const head = [headerBlocks({ path: `${folder}/`, type: 'Directory', size: 0 }), headerBlocks({ path: `${folder}/${entry.path}`, type: 'File', size })];
    await handle.write(gzipSync(Buffer.concat([...head, entry.head ?? Buffer.alloc(0)])));
    const block = gzipSync(entry.block, { level: 9 });
    for (let i = 0; i < entry.copies; i++) await handle.write(block);
    await handle.write(gzipSync(Buffer.concat([entry.tail ?? Buffer.alloc(0), padding(size), Buffer.alloc(2 * BLOCK)])));
  } finally {
    await handle.close();
  }
}
