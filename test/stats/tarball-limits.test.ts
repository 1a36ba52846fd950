/**
 * What an archive may cost, and how the engine fails when one costs more: every failure is a
 * rejection naming the archive (never an exception that escapes), memory stays bounded whatever
 * follows the archive's end, and bytes that are not gzip may follow a whole archive, as gzip -d
 * allows.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MAX_INFLATED_BYTES, MAX_IMPORT_PATHS } from '../../src/stats/limits.js';
import { localSourceRecord } from '../../src/stats/path-stats.js';
import { SourceError } from '../../src/stats/source-error.js';
import { tarballStats } from '../../src/stats/tarball-stats.js';
import { tarBytes, writeBytes, type TarEntry } from '../support/tarball.js';
import { sampledSlices } from '../support/memory-samples.js';
import { tempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const TOP = 'owner-repo-abc1234';
const HELLO = 'package main\n\nimport "example.com/dep"\n\nfunc main() {}\n'; // 5 lines, 1 dep

function tar(files: Record<string, string | Buffer>): Buffer {
  const entries: TarEntry[] = [
    { path: `${TOP}/`, type: 'Directory' },
    ...Object.entries(files).map(([path, content]) => ({ path: `${TOP}/${path}`, content })),
  ];
  return tarBytes(entries);
}

function statsOf(bytes: Buffer, options = {}) {
  return tarballStats(Readable.from([bytes]), 'owner/repo', 'test.tar.gz', options);
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => new Error('no error'),
    (e: unknown) => e as Error,
  );
  expect(error).toBeInstanceOf(Error);
  return error;
}

describe('limits', () => {
  it('defaults to 8 GiB of inflated bytes per archive', () => {
    expect(DEFAULT_MAX_INFLATED_BYTES).toBe(8 * 1024 ** 3);
  });

  it('stops an inflate bomb where the archive inflates past the limit', async () => {
    const bomb = gzipSync(tar({ 'zeros.go': Buffer.alloc(32 << 20) }), { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    const error = await rejectionOf(statsOf(bomb, { maxInflatedBytes: 8 << 20 }));
    expect(error).toEqual(new SourceError(`test.tar.gz: archive inflates to more than ${8 << 20} bytes (the limit for one archive)`));
    await expect(statsOf(bomb, { maxInflatedBytes: 33 << 20 })).resolves.toMatchObject({ stats: { files: 1, lines: 1, unparsed: 1 } });

    const workspace = tempDir();
    try {
      const file = join(workspace.path, 'bomb.tar.gz');
      await writeBytes(file, bomb);
      await expect(localSourceRecord({ repo: 'owner/repo', path: file }, { maxInflatedBytes: 1 << 20 })).rejects.toThrow(
        new SourceError(`${file}: archive inflates to more than ${1 << 20} bytes (the limit for one archive)`),
      );
      await expect(localSourceRecord({ repo: 'owner/repo', path: file })).resolves.toMatchObject({ files: 1, error: null });
    } finally {
      workspace.cleanup();
    }
  });

  it('rejects, naming the archive, the file and the limit, when reading a file hits one; nothing escapes and the next archive reads', async () => {
    const long = `package p\n\nimport "example.com/${'a'.repeat(2 << 20)}"\n`;
    const error = await rejectionOf(statsOf(gzipSync(tar({ 'a.go': HELLO, 'pkg/long.go': long, 'z.go': HELLO }))));
    expect(error).toEqual(
      new SourceError(`test.tar.gz: ${TOP}/pkg/long.go: a token of more than 1048576 bytes in the package clause or imports (the limit for one token)`),
    );
    await expect(statsOf(gzipSync(tar({ 'a.go': HELLO })))).resolves.toMatchObject({ stats: { files: 1, lines: 5, deps: 1, unparsed: 0 } });
  });

  it('rejects a repository with more distinct import paths than the limit, over all its files', async () => {
    const files = Object.fromEntries(
      [0, 1, 2].map((n) => [`f${n}.go`, `package p\nimport (\n${Array.from({ length: 70_000 }, (_, i) => `\t"x.com/${n}/${i}"\n`).join('')})\n`]),
    );
    const error = await rejectionOf(statsOf(gzipSync(tar(files))));
    expect(error).toEqual(new SourceError(`test.tar.gz: ${TOP}/f2.go: more than ${MAX_IMPORT_PATHS} distinct import paths (the limit for one repository)`));
  });
});

describe('what follows a gzip stream or a tar archive', () => {
  let workspace: ReturnType<typeof tempDir>;
  beforeAll(() => {
    workspace = tempDir();
  });
  afterAll(() => workspace.cleanup());

  it('gives the stats of a whole archive followed by bytes that are not gzip, as gzip -d does', async () => {
    const archive = gzipSync(tar({ 'a.go': HELLO, 'b.go': HELLO }));
    const expected = { files: 2, lines: 10, deps: 1, unparsed: 0 };
    for (const garbage of ['garbage after the archive\n', '\0\0\0\0', 'x'.repeat(100_000)]) {
      expect((await statsOf(Buffer.concat([archive, Buffer.from(garbage)]))).stats).toEqual(expected);
    }
    // A real tar czf with bytes appended: gzip -d inflates all of it, with a warning.
    const file = join(workspace.path, 'appended.tar.gz');
    await run('tar', ['czf', file, '-C', '/usr/share/gocode/src/github.com/pkg', 'errors']);
    const clean = await localSourceRecord({ repo: 'pkg/errors', path: file });
    await writeBytes(file, Buffer.concat([await readFile(file), Buffer.from('trailing garbage\n')]));
    const gzipTest = await run('gzip', ['-t', file]).catch((error: { stderr: string }) => error);
    expect(gzipTest.stderr).toMatch(/decompression OK, trailing garbage ignored/);
    expect(await localSourceRecord({ repo: 'pkg/errors', path: file })).toEqual(clean);
  });

  it('reads concatenated gzip members as one stream, even when a member ends inside an entry', async () => {
    const bytes = tar({ 'a.go': HELLO.repeat(300), 'b.go': HELLO });
    const cut = 2000; // inside a.go
    const stats = await statsOf(Buffer.concat([gzipSync(bytes.subarray(0, cut)), gzipSync(bytes.subarray(cut))]));
    expect(stats.stats).toEqual({ files: 2, lines: 5 * 301, deps: 1, unparsed: 0 });
  });

  it('fails, saying where, when bytes that are not gzip cut the archive short', async () => {
    const bytes = tar({ 'a.go': HELLO.repeat(300), 'b.go': HELLO });
    const first = gzipSync(bytes.subarray(0, 2048));
    const error = await rejectionOf(statsOf(Buffer.concat([first, Buffer.from('not gzip'), gzipSync(bytes.subarray(2048))])));
    expect(error).toEqual(new SourceError(`test.tar.gz: corrupt gzip data (bytes that are not gzip at offset ${first.length}, before the tar archive ends)`));
    // Cut at an entry's end, with no end-of-archive blocks, it is still cut short.
    const entries = tar({ 'a.go': HELLO });
    const cutShort = await rejectionOf(statsOf(Buffer.concat([gzipSync(entries.subarray(0, entries.length - 1024)), Buffer.from('junk')])));
    expect(cutShort.message).toMatch(/^test\.tar\.gz: corrupt gzip data \(bytes that are not gzip at offset \d+, before the tar archive ends\)$/);
  });

  it('holds nothing of what follows the end-of-archive blocks, however much there is', async () => {
    const after = gzipSync(Buffer.alloc(128 << 20, 'A'), { level: 1 });
    const bytes = Buffer.concat([gzipSync(tar({ 'a.go': HELLO })), after]);
    const { stream, growth } = sampledSlices(bytes, 20);
    const { stats } = await tarballStats(stream, 'owner/repo', 'test.tar.gz');
    expect(stats).toEqual({ files: 1, lines: 5, deps: 1, unparsed: 0 });
    expect(growth.samples).toBe(20);
    expect(growth.arrayBuffers).toBeLessThan(64 << 20);
  }, 60_000);
});
