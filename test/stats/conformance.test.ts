/**
 * Conformance on real code: the stats engine against standard tools (files, lines), against Go's
 * own go/parser and golang.org/x/mod (deps, unparsed), and a directory against a tarball of it.
 * Its thousands of files are read and written with blocking calls: through the promise API each
 * costs round trips to libuv's thread pool, seconds in all.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { fileRole } from '../../src/stats/considered-files.js';
import { localSourceRecord } from '../../src/stats/path-stats.js';
import { scanGoImports } from '../../src/stats/go-imports.js';
import { goModulePaths } from '../../src/stats/go-mod.js';
import { MAX_GO_MOD_BYTES } from '../../src/stats/limits.js';
import { LineCounter } from '../../src/stats/line-count.js';
import { StatsBuilder } from '../../src/stats/stats-builder.js';
import { StreamingImportScan } from '../../src/stats/streaming-imports.js';
import { tempDir } from '../support/temp-dir.js';
import { buildReference, referenceImports, referenceModules, referenceStats, type ReferenceStats } from './go-reference.js';
import { importCases } from './import-cases.js';
import { goModCases } from './go-mod-cases.js';
import { goFile, goGapSoup, goTokenSoup } from './go-arbitraries.js';

const run = promisify(execFile);
const GOCODE = '/usr/share/gocode/src';

/** Real Go repositories, small to large, as Debian installs them. */
const REPOSITORIES = [
  { repo: 'pkg/errors', path: `${GOCODE}/github.com/pkg/errors` }, // no go.mod
  { repo: 'gorilla/mux', path: `${GOCODE}/github.com/gorilla/mux` },
  { repo: 'spf13/cobra', path: `${GOCODE}/github.com/spf13/cobra` },
  { repo: 'stretchr/testify', path: `${GOCODE}/github.com/stretchr/testify` },
  { repo: 'sirupsen/logrus', path: `${GOCODE}/github.com/sirupsen/logrus` },
  { repo: 'google/go-cmp', path: `${GOCODE}/github.com/google/go-cmp` },
  { repo: 'go-yaml/yaml', path: `${GOCODE}/gopkg.in/yaml.v3` }, // module gopkg.in/yaml.v3
  { repo: 'prometheus/client_golang', path: `${GOCODE}/github.com/prometheus/client_golang` },
  { repo: 'golang/mod', path: `${GOCODE}/golang.org/x/mod` },
  { repo: 'golang/net', path: `${GOCODE}/golang.org/x/net` },
  { repo: 'golang/sys', path: `${GOCODE}/golang.org/x/sys` },
  { repo: 'golang/text', path: `${GOCODE}/golang.org/x/text` },
  { repo: 'golang/tools', path: `${GOCODE}/golang.org/x/tools` }, // two go.mod files
  { repo: 'golang/go', path: '/usr/share/go-1.19/src' }, // the standard library, seven go.mod files
  { repo: 'golang/go-test', path: '/usr/share/go-1.19/test' }, // Go's own test suite: files go/parser rejects
  { repo: 'golang/types-testdata', path: '/usr/share/go-1.19/src/go/types/testdata' }, // type checker fixtures
  { repo: 'alecthomas/gocode', path: `${GOCODE}/github.com/alecthomas` }, // a symbolic link to a Go folder
  { repo: 'gopkg/in', path: `${GOCODE}/gopkg.in` }, // symbolic links to folders, several modules
];

/** Files and lines by find, wc and tail alone: docs/contract.md §2.2's rules spelled as prunes. */
const SHELL_COUNT = `
set -eu
cd "$1"
find . -mindepth 1 \\( -name vendor -o -name testdata -o -name '.*' -o -name '_*' \\) -prune \\
  -o -type f -name '*.go' -print0 > "$2"
files=$(tr -cd '\\0' < "$2" | wc -c)
newlines=$(xargs -0 -r cat < "$2" | wc -l)
unterminated=$(xargs -0 -r tail -q -c 1 < "$2" | tr -d '\\n' | wc -c)
echo "$files $((newlines + unterminated))"
`;

async function shellCount(path: string, scratch: string): Promise<{ files: number; lines: number }> {
  const { stdout } = await run('bash', ['-c', SHELL_COUNT, 'count', path, scratch]);
  const [files, lines] = stdout.trim().split(' ').map(Number);
  return { files: files!, lines: lines! };
}

/** The files of a tree that count (docs/contract.md §2.2), as path components, links not followed. */
async function* consideredFiles(root: string, components: string[] = []): AsyncGenerator<string[]> {
  for (const entry of await readdir(join(root, ...components), { withFileTypes: true })) {
    const path = [...components, entry.name];
    if (entry.isDirectory()) yield* consideredFiles(root, path);
    else if (entry.isFile() && fileRole(path) !== 'ignored') yield path;
  }
}

/** Chunk sizes to feed files in, one after another: the bounded scan must not care. */
const CHUNK_SIZES = [1 << 20, 4096, 61, 7];

/** The stats of a tree with every Go file's imports read by the bounded scan from its first byte. */
async function streamedStats(path: string, repo: string): Promise<object> {
  const builder = new StatsBuilder();
  let n = 0;
  for await (const components of consideredFiles(path)) {
    const content = readFileSync(join(path, ...components));
    if (fileRole(components) === 'go.mod') {
      if (content.length <= MAX_GO_MOD_BYTES) builder.addGoMod(content.toString('utf8'));
      continue;
    }
    const size = CHUNK_SIZES[n++ % CHUNK_SIZES.length]!;
    const scan = new StreamingImportScan();
    let decided = null;
    for (let at = 0; at < content.length && !decided; at += size) decided = scan.add(content.subarray(at, at + size));
    const lines = new LineCounter();
    lines.add(content);
    builder.addGoFile(lines.lines, decided ?? scan.finish());
  }
  return { repo, ...builder.finish(repo) };
}

/**
 * A GitHub-style tarball of a folder made by tar itself: every entry below `owner-repo-abcdef1/`.
 * gzip at its fastest level: the stream is a gzip stream all the same, and the standard library's
 * took 3.6 s at the default level, 1.4 s so.
 */
async function tarOf(path: string, repo: string, dir: string): Promise<string> {
  const top = `${repo.replace('/', '-')}-abcdef1`;
  const file = join(dir, `${top}.tar.gz`);
  await run('tar', ['-c', '-I', 'gzip -1', '-f', file, '--transform', `s,^\\.,${top},S`, '-C', path, '.']);
  return file;
}

let workspace: ReturnType<typeof tempDir>;
let gostats: string;

beforeAll(async () => {
  workspace = tempDir('tusk-conformance-');
  gostats = await buildReference(workspace.path);
}, 120_000);
afterAll(() => workspace.cleanup());

describe('conformance on real Go repositories', () => {
  let reference: ReferenceStats[];

  beforeAll(async () => {
    reference = await referenceStats(gostats, REPOSITORIES);
  }, 120_000);

  it('lists the repositories in the reference in order', () => {
    expect(reference.map((r) => r.repo)).toEqual(REPOSITORIES.map((r) => r.repo));
    expect(reference.find((r) => r.repo === 'golang/go')!.files).toBeGreaterThan(4000);
    expect(reference.find((r) => r.repo === 'golang/go-test')!.unparsed).toBeGreaterThan(10);
  });

  describe.each(REPOSITORIES.map((r, i) => [r.repo, r, i] as const))('%s', (_name, source, index) => {
    it('files and lines equal find + wc, and all four numbers equal the Go reference, from the directory and from a tar + gzip tarball', async () => {
      const expected = reference[index]!;
      const counted = await shellCount(source.path, join(workspace.path, `${index}.list`));
      expect(counted).toEqual({ files: expected.files, lines: expected.lines });

      const fromDirectory = await localSourceRecord(source);
      expect(fromDirectory).toEqual({ ...expected, commit: null, error: null, engine: 1 });

      const tarball = await tarOf(source.path, source.repo, workspace.path);
      const fromTarball = await localSourceRecord({ repo: source.repo, path: tarball });
      expect(fromTarball).toEqual({ ...expected, commit: 'abcdef1', error: null, engine: 1 });
    });

    it('all four numbers equal the Go reference with every file read by the bounded scan, in chunks of any size', async () => {
      expect(await streamedStats(source.path, source.repo)).toEqual(reference[index]);
    });
  });
});

describe('the import scanner and go.mod reader against Go', () => {
  async function compareWithGoParser(sources: Uint8Array[], folder: string): Promise<void> {
    const dir = join(workspace.path, folder);
    await mkdir(dir);
    const files = sources.map((_, i) => join(dir, `f${i}.go`));
    sources.forEach((src, i) => writeFileSync(files[i]!, src));
    const verdicts = await referenceImports(gostats, files);
    const mismatches = verdicts.flatMap((verdict, i) => {
      const scan = scanGoImports(sources[i]!, true);
      const ours = scan.status === 'ok' ? scan.imports : null;
      const theirs = verdict.ok ? (verdict.imports ?? []) : null;
      // The bounded scan, fed the file in small chunks, gives each path once.
      const bounded = new StreamingImportScan();
      for (let at = 0; at < sources[i]!.length; at += 5) bounded.add(sources[i]!.subarray(at, at + 5));
      const streamed = bounded.finish();
      const streamedOurs = streamed.status === 'ok' ? streamed.imports : null;
      const theirsOnce = theirs && [...new Set(theirs)];
      const agree = JSON.stringify(ours) === JSON.stringify(theirs) && JSON.stringify(streamedOurs) === JSON.stringify(theirsOnce);
      return agree ? [] : [{ src: Buffer.from(sources[i]!).toString('latin1'), ours, streamedOurs, theirs }];
    });
    expect(mismatches).toEqual([]);
  }

  it("agrees with go/parser on every hand-written case (so their expectations are Go's)", async () => {
    const sources = importCases.map((c) => (typeof c.src === 'string' ? Buffer.from(c.src, 'utf8') : c.src));
    await compareWithGoParser(sources, 'cases');
    const verdicts = await referenceImports(
      gostats,
      sources.map((_, i) => join(workspace.path, 'cases', `f${i}.go`)),
    );
    expect(verdicts.map((v) => (v.ok ? (v.imports ?? []) : null))).toEqual(importCases.map((c) => c.imports));
  });

  it('agrees with go/parser on every ASCII byte inside an import path', async () => {
    const hex = (byte: number) => byte.toString(16).padStart(2, '0');
    const files = Array.from({ length: 0x80 }, (_, byte) => Buffer.from(`package p\nimport "a\\x${hex(byte)}b"\n`, 'utf8'));
    await compareWithGoParser(files, 'ascii');
  });

  it('agrees with go/parser on generated import sections', async () => {
    const files = fc.sample(goFile, { numRuns: 1500, seed: 42 }).map((f) => Buffer.from(f.src, 'utf8'));
    await compareWithGoParser(files, 'generated');
  });

  it('agrees with go/parser on generated junk', async () => {
    await compareWithGoParser(fc.sample(goTokenSoup, { numRuns: 4000, seed: 7 }), 'junk');
  });

  it('agrees with go/parser on generated long and faulty comments and white space', async () => {
    await compareWithGoParser(fc.sample(goGapSoup, { numRuns: 1000, seed: 11 }), 'gaps');
  });

  it('reads module paths as golang.org/x/mod does', async () => {
    const dir = join(workspace.path, 'mods');
    const files = goModCases.map((_, i) => join(dir, `${i}`, 'go.mod'));
    for (const [i, c] of goModCases.entries()) {
      await mkdir(join(dir, `${i}`), { recursive: true });
      await writeFile(files[i]!, c.content);
    }
    const theirs = (await referenceModules(gostats, files)).map((m) => m.module);
    expect(theirs).toEqual(goModCases.map((c) => c.goSays ?? c.modules[0] ?? ''));
    expect(goModCases.filter((c) => c.goSays === undefined).map((c) => goModulePaths(c.content)[0] ?? '')).toEqual(
      goModCases.filter((c) => c.goSays === undefined).map((c) => c.modules[0] ?? ''),
    );
  });
});
