import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../src/cli/main.js';
import { processIo, type CliIo } from '../../src/cli/io.js';
import { githubTarball, writeBytes } from '../support/tarball.js';
import { tempDir } from '../support/temp-dir.js';

interface Captured {
  code: number;
  out: string[];
  err: string[];
}

async function tusk(...argv: string[]): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  // Whatever else the CLI's io offers stays the process's; stdout and stderr are captured.
  const io: CliIo = { ...processIo, out: (line) => out.push(line), err: (line) => err.push(line), isTTY: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const ALPHA = {
  'go.mod': 'module github.com/acme/alpha\n',
  'a.go': 'package alpha\n\nimport (\n\t"github.com/dep/one"\n\t"github.com/dep/two"\n\t"github.com/acme/alpha/internal"\n)\n', // 7 lines, 2 deps
  'internal/i.go': 'package internal\n', // 1 line
};
const BETA = {
  'b.go': 'package beta\nimport "example.com/x"', // 2 lines, 1 dep
  'b_test.go': 'not go at all\n', // 1 line, unparsed
};

describe('tusk stats (docs/contract.md §8.2)', () => {
  let workspace: ReturnType<typeof tempDir>;
  let alphaDir: string;
  let betaTarball: string;
  beforeAll(async () => {
    workspace = tempDir();
    alphaDir = join(workspace.path, 'src', 'acme', 'alpha');
    await writeTree(alphaDir, ALPHA);
    betaTarball = join(workspace.path, 'beta.tar.gz');
    await writeBytes(betaTarball, githubTarball('acme-beta-0123456', BETA));
  });
  afterAll(() => workspace.cleanup());

  it('prints "owner/repo, deps, lines" a source, in the order given', async () => {
    const result = await tusk('stats', `acme/beta=${betaTarball}`, `acme/alpha=${alphaDir}`);
    expect(result).toEqual({ code: 0, out: ['acme/beta, 1, 3', 'acme/alpha, 2, 8'], err: [] });
  });

  it('keeps the spelling given, canonicalised', async () => {
    const result = await tusk('stats', `https://github.com/ACME/Beta.git=${betaTarball}`);
    expect(result.out).toEqual(['ACME/Beta, 1, 3']);
  });

  it('prints one JSON record a line with --json, fields in the order of stats/records.jsonl', async () => {
    const result = await tusk('stats', '--json', `acme/alpha=${alphaDir}`, `acme/beta=${betaTarball}`);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    expect(result.out).toEqual([
      '{"repo":"acme/alpha","commit":null,"files":2,"lines":8,"deps":2,"unparsed":0,"error":null,"engine":1}',
      '{"repo":"acme/beta","commit":"0123456789abcdef0123456789abcdef01234567","files":2,"lines":3,"deps":1,"unparsed":1,"error":null,"engine":1}',
    ]);
  });

  it('names a bare directory after its last two path elements', async () => {
    const result = await tusk('stats', alphaDir, `${alphaDir}/`);
    expect(result.out).toEqual(['acme/alpha, 2, 8', 'acme/alpha, 2, 8']);
  });

  describe('bad input: non-zero exit, one line on stderr naming the file, nothing on stdout', () => {
    async function expectFailure(args: string[], named: string, reason: RegExp): Promise<void> {
      const result = await tusk('stats', ...args);
      expect(result.code).not.toBe(0);
      expect(result.out).toEqual([]);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).not.toContain('\n');
      expect(result.err[0]).toContain(named);
      expect(result.err[0]).toMatch(reason);
    }

    it('a missing file, even after a good source', async () => {
      const missing = join(workspace.path, 'missing.tar.gz');
      await expectFailure([`acme/alpha=${alphaDir}`, `acme/missing=${missing}`], missing, /no such file or directory/);
    });

    it('a file that is not a tarball', async () => {
      const text = join(workspace.path, 'notes.txt');
      await writeFile(text, 'hello\n');
      await expectFailure([`acme/notes=${text}`, `acme/alpha=${alphaDir}`], text, /not a gzip file/);
    });

    it('a gzip file that is not a tar archive', async () => {
      const gz = join(workspace.path, 'notes.tar.gz');
      await writeBytes(gz, gzipSync(Buffer.from('hello\n'.repeat(200))));
      await expectFailure([`acme/notes=${gz}`], gz, /corrupt tar archive/);
    });

    it('a corrupt gzip stream', async () => {
      const good = githubTarball('acme-beta-0123456', { ...BETA, 'big.go': 'package big\n'.repeat(5000) });
      const truncated = join(workspace.path, 'truncated.tar.gz');
      await writeBytes(truncated, good.subarray(0, good.length - 100));
      await expectFailure([`acme/beta=${truncated}`], truncated, /truncated gzip stream/);
    });

    it('a bad owner/repo= name', async () => {
      await expectFailure([`acme/alpha=${alphaDir}`, `not/a/name=${alphaDir}`], `not/a/name=${alphaDir}`, /is not a repository name/);
    });

    it('a bare path that names no repository', async () => {
      await expectFailure(['/'], '/', /cannot name a repository/);
    });
  });

  it('needs at least one source', async () => {
    const result = await tusk('stats');
    expect(result.code).not.toBe(0);
    expect(result.out).toEqual([]);
    expect(result.err.join('\n')).toMatch(/missing required argument/);
  });
});
