/**
 * Tarballs built to exhaust memory rather than to look like code: one Go file of gigabytes of
 * newlines, and one whose comment before the package clause runs for gigabytes. Written as
 * concatenated gzip members (test/support/tarball.ts), a few megabytes each, once.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repeatedFileSize, writeRepeatedTarball, type RepeatedFile } from '../../test/support/tarball.js';
import type { BenchContext } from '../lib/context.js';
import type { Tarball } from './corpus.js';

/** A little over two gigabytes of one file: past every 32-bit length. */
const FILE_BYTES = 2.5 * 1024 ** 3;
const BLOCK_BYTES = 8 << 20;
const TAR_BLOCK = 512;

export interface WorstCase extends Tarball {
  /** What the file holds, for the row. */
  holds: string;
  /** The lines `tusk stats` must count: proof that the whole file was read. */
  lines: number;
}

/** A block of about `size` bytes made of whole copies of `line`, so that UTF-8 never straddles two blocks. */
function blockOf(line: string, size: number): Buffer {
  const bytes = Buffer.from(line, 'utf8');
  return Buffer.concat(Array.from({ length: Math.floor(size / bytes.length) }, () => bytes));
}

function newlines(bytes: Uint8Array | undefined): number {
  return bytes ? bytes.filter((b) => b === 10).length : 0;
}

const CASES: { repo: string; holds: string; file: RepeatedFile }[] = [
  {
    repo: 'worst/newlines',
    holds: 'a 2.5 GiB Go file of newlines',
    file: { path: 'newlines.go', block: Buffer.alloc(BLOCK_BYTES, '\n'), copies: FILE_BYTES / BLOCK_BYTES },
  },
  {
    repo: 'worst/comment',
    holds: 'a Go file of a 2.5 GiB comment',
    file: (() => {
      const block = blockOf(' * A licence that goes on and on, in more than one script: Größe, 例子, ✓.\n', BLOCK_BYTES);
      return { path: 'comment.go', head: Buffer.from('/*\n'), block, copies: Math.ceil(FILE_BYTES / block.length), tail: Buffer.from('*/\npackage big\n') };
    })(),
  },
];

/** The worst-case tarballs, built into the corpus folder on first use. */
export async function worstCaseTarballs(context: BenchContext): Promise<WorstCase[]> {
  mkdirSync(context.corpusDir, { recursive: true });
  const tarballs: WorstCase[] = [];
  for (const { repo, holds, file } of CASES) {
    const path = join(context.corpusDir, `${repo.replace('/', '-')}.tar.gz`);
    if (!existsSync(path)) {
      context.log(`building the worst-case tarball ${repo}`);
      const tmp = `${path}.partial`;
      rmSync(tmp, { force: true });
      await writeRepeatedTarball(tmp, `${repo.replace('/', '-')}-0000000`, file);
      renameSync(tmp, path);
    }
    const size = repeatedFileSize(file);
    // Two headers (the folder, the file), the file padded to whole blocks, two end-of-archive blocks.
    const tarBytes = 2 * TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK + 2 * TAR_BLOCK;
    const lines = newlines(file.head) + file.copies * newlines(file.block) + newlines(file.tail);
    tarballs.push({ repo, path, gzipBytes: statSync(path).size, tarBytes, holds, lines });
  }
  return tarballs;
}
