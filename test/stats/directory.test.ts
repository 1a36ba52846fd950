import { Readable } from 'node:stream';
import { link, mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { directoryStats } from '../../src/stats/directory-stats.js';
import { localSourceRecord, parseSourceArgument } from '../../src/stats/path-stats.js';
import { tarballStats } from '../../src/stats/tarball-stats.js';
import { SourceError } from '../../src/stats/source-error.js';
import { githubTarball } from '../support/tarball.js';
import { tempDir } from '../support/temp-dir.js';

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const FILES: Record<string, string> = {
  'go.mod': 'module github.com/owner/repo\n',
  'main.go': 'package main\n\nimport (\n\t"fmt"\n\t"github.com/dep/a"\n\t"github.com/owner/repo/pkg"\n)\n',
  'pkg/pkg.go': 'package pkg\nimport "golang.org/x/text"\nvar X = 1',
  'pkg/pkg_test.go': 'package pkg\r\nimport "github.com/dep/a"\r\n',
  'tools/go.mod': 'module (\n\t"example.com/tools" // block form\n)\n',
  'tools/main.go': 'package main\nimport _ "example.com/tools/gen"\nimport _ "example.com/other"\n',
  'broken.go': 'package\n',
  'empty.go': '',
  'vendor/github.com/dep/a/a.go': 'package a\nimport "vendored.com/x"\n',
  'pkg/testdata/t.go': 'package t\n',
  '.github/x.go': 'package x\n',
  '_examples/e.go': 'package e\n',
  'pkg/_gen.go': 'package pkg\n',
  'pkg/.swap.go': 'package pkg\n',
  'docs/readme.md': '# docs\n',
};
// main 7, pkg 3, pkg_test 2, tools/main 3, broken 1, empty 0 = 16 lines in 6 files;
// deps: github.com/dep/a, golang.org/x/text, example.com/other
const EXPECTED = { files: 6, lines: 16, deps: 3, unparsed: 2 };

describe('directoryStats', () => {
  let workspace: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    workspace = tempDir();
  });
  afterAll(() => workspace.cleanup());

  it('applies the docs/contract.md §2 rules, as for a tarball of the same tree', async () => {
    const root = join(workspace.path, 'same', 'owner', 'repo');
    await writeTree(root, FILES);
    expect(await directoryStats(root, 'owner/repo')).toEqual(EXPECTED);
    const { stats } = await tarballStats(Readable.from([githubTarball('owner-repo-0123456', FILES)]), 'owner/repo', 'same.tar.gz');
    expect(stats).toEqual(EXPECTED);
  });

  it('never follows symbolic links, to files or folders, dangling or not', async () => {
    const root = join(workspace.path, 'links', 'repo');
    const outside = join(workspace.path, 'links', 'outside');
    await writeTree(root, { 'a.go': 'package a\nimport "example.com/a"\n' });
    await writeTree(outside, { 'o.go': 'package o\nimport "example.com/outside"\n', 'go.mod': 'module example.com/a\n' });
    await symlink('a.go', join(root, 'link.go'));
    await symlink(outside, join(root, 'linked'));
    await symlink(join(outside, 'go.mod'), join(root, 'go.mod'));
    await symlink('nowhere.go', join(root, 'dangling.go'));
    await symlink('.', join(root, 'loop'));
    expect(await directoryStats(root, 'owner/repo')).toEqual({ files: 1, lines: 2, deps: 1, unparsed: 0 });
  });

  it('counts every name of a hard-linked file: on disk each is a regular file', async () => {
    const root = join(workspace.path, 'hard', 'repo');
    await writeTree(root, { 'a.go': 'package a\n' });
    await link(join(root, 'a.go'), join(root, 'b.go'));
    expect(await directoryStats(root, 'owner/repo')).toEqual({ files: 2, lines: 2, deps: 0, unparsed: 0 });
  });

  it('gives a directory record with no commit, through a symbolic link to the root too', async () => {
    const root = join(workspace.path, 'record', 'owner', 'repo');
    await writeTree(root, FILES);
    const record = { repo: 'owner/repo', commit: null, ...EXPECTED, error: null, engine: 1 };
    expect(await localSourceRecord({ repo: 'owner/repo', path: root })).toEqual(record);
    await symlink(root, join(workspace.path, 'record', 'rootlink'));
    expect(await localSourceRecord({ repo: 'owner/repo', path: join(workspace.path, 'record', 'rootlink') })).toEqual(record);
  });

  it('reads an empty directory as an empty tree', async () => {
    const root = join(workspace.path, 'empty', 'repo');
    await mkdir(root, { recursive: true });
    expect(await directoryStats(root, 'owner/repo')).toEqual({ files: 0, lines: 0, deps: 0, unparsed: 0 });
  });

  it('reads a large file in chunks, with the same verdict, and fails on a limit naming the folder, the file and the limit', async () => {
    const root = join(workspace.path, 'large', 'owner', 'repo');
    await writeTree(root, { 'big.go': `package big\n${'\n'.repeat(3 << 20)}import "example.com/late"\n` });
    expect(await directoryStats(root, 'owner/repo')).toEqual({ files: 1, lines: (3 << 20) + 2, deps: 1, unparsed: 0 });
    await writeTree(root, { 'pkg/long.go': `package p\nimport "example.com/${'a'.repeat(2 << 20)}"\n` });
    const message = `${root}: pkg/long.go: a token of more than 1048576 bytes in the package clause or imports (the limit for one token)`;
    await expect(directoryStats(root, 'owner/repo')).rejects.toThrow(new SourceError(message));
    await expect(localSourceRecord({ repo: 'owner/repo', path: root })).rejects.toThrow(new SourceError(message));
  });

  it('hands the event loop back while it reads a large tree, so timers and the other datums still run', async () => {
    // Go's standard library: thousands of files, read with blocking calls in slices.
    let turns = 0;
    let timer = setImmediate(function turn() {
      turns++;
      timer = setImmediate(turn);
    });
    try {
      const stats = await directoryStats('/usr/share/go-1.19/src', 'golang/go');
      expect(stats.files).toBeGreaterThan(4000);
      // Each slice gives way to the event loop once; a walk that never gave way would see none.
      expect(turns).toBeGreaterThan(2);
    } finally {
      clearImmediate(timer);
    }
  });

  it('fails with a SourceError naming the path when the directory does not exist', async () => {
    const missing = join(workspace.path, 'missing', 'repo');
    const error = await localSourceRecord({ repo: 'owner/repo', path: missing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe(`${missing}: no such file or directory`);
  });
});

describe('parseSourceArgument', () => {
  it('takes owner/repo=PATH in any accepted spelling, canonicalised', () => {
    expect(parseSourceArgument('owner/repo=some/path')).toEqual({ repo: 'owner/repo', path: 'some/path' });
    expect(parseSourceArgument('https://github.com/Owner/Repo.git=a=b.tar.gz')).toEqual({ repo: 'Owner/Repo', path: 'a=b.tar.gz' });
  });

  it('names a bare path after its last two path elements', () => {
    expect(parseSourceArgument('/src/github.com/pkg/errors')).toEqual({ repo: 'pkg/errors', path: '/src/github.com/pkg/errors' });
    expect(parseSourceArgument('/src/golang.org/x/tools/')).toEqual({ repo: 'x/tools', path: '/src/golang.org/x/tools/' });
    expect(parseSourceArgument('/sources/owner/repo.tar.gz')).toEqual({ repo: 'owner/repo', path: '/sources/owner/repo.tar.gz' });
  });

  it('rejects a bad name, or a path that names no repository, quoting the argument', () => {
    expect(() => parseSourceArgument('not a name=dir')).toThrow(new SourceError('not a name=dir: "not a name" is not a repository name (owner/repo)'));
    expect(() => parseSourceArgument('gitlab.com/a/b=dir')).toThrow(SourceError);
    expect(() => parseSourceArgument('/tmp')).toThrow(/cannot name a repository after this path/);
    expect(() => parseSourceArgument('/a/-bad-/repo')).toThrow(SourceError);
  });
});
