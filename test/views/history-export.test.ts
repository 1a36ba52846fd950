import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionNode } from '../../scripts/action-node.mjs';
import { createGitHubClient } from '../../src/github/octokit.js';
import type { StatsRecord } from '../../src/stats/record.js';
import { DataStore } from '../../src/store/data-store.js';
import { GitHubBackend } from '../../src/store/github-backend.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git, initRepo } from '../support/git-fixtures.js';
import { tusk } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { VERSIONS, factsOf, inputCommitOf, writeVersions } from './known-history.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The records of a version in the data files' order, worked out here: lowercased names, byte order. */
function sorted(records: StatsRecord[]): StatsRecord[] {
  return [...records].sort((a, b) => (a.repo.toLowerCase() < b.repo.toLowerCase() ? -1 : 1));
}

/** Every record of every data commit, newest first, as `tusk export` must give it. */
function expectedExport(heads: string[], dateOf: (sha: string) => string): Record<string, unknown>[] {
  return heads
    .map((head, n) =>
      sorted(VERSIONS[n]!).map((r) => ({
        data_commit: head,
        input_commit: inputCommitOf(n),
        date: dateOf(head),
        repo: r.repo,
        commit: r.commit,
        files: r.files,
        lines: r.lines,
        deps: r.deps,
        unparsed: r.unparsed,
        error: r.error,
        pending: r.pending === true,
        stale: r.stale ?? null,
      })),
    )
    .reverse()
    .flat();
}

/** A CSV file as Python's csv module reads it: a reader that shares no code with Tusk. */
function pythonCsv(file: string): string[][] {
  return JSON.parse(
    execFileSync('python3', ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline="")))))', file], { encoding: 'utf8' }),
  );
}

const asCsv = (value: unknown): string => (value === null ? '' : String(value));

describe('tusk history and tusk export, on a known history', () => {
  let dir: ReturnType<typeof tempDir>;
  let repo: string;
  let heads: string[];
  const dates = new Map<string, string>();
  const run = (...argv: string[]) => tusk(argv, { cwd: repo });

  beforeAll(async () => {
    dir = tempDir();
    repo = join(dir.path, 'repo');
    execFileSync('mkdir', [repo]);
    initRepo(repo, { 'projects.txt': 'a/one\n' });
    const backend = new LocalGitBackend(repo);
    const store = new DataStore(backend, 'tusk/main');
    // A commit someone made by hand between two data commits: not a data commit, so no row.
    const handMade = async (n: number): Promise<void> => {
      if (n !== 1) return;
      const written = await backend.commitFiles('tusk/main', await backend.branchHead('tusk/main'), [{ path: 'NOTES.md', content: 'notes\n' }], 'Add notes\n');
      if ('conflict' in written) throw new Error('unexpected conflict');
    };
    heads = await writeVersions(() => store, backend, VERSIONS.length, handMade);
    for (const line of git(repo, 'log', '--format=%H %ct', 'tusk/main').split('\n')) {
      const [sha, seconds] = line.split(' ');
      dates.set(sha!, new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z'));
    }
  });
  afterAll(() => dir.cleanup());

  const dateOf = (sha: string): string => dates.get(sha)!;
  const newestFirst = (): number[] => [3, 2, 1, 0];

  it('history: the totals of each data commit, newest first, as text, CSV and JSON', async () => {
    const totals = newestFirst().map((n) => ({ n, ...factsOf(VERSIONS[n]!, n).counts }));
    const text = await run('history');
    expect(text.code).toBe(0);
    expect(
      text.out
        .trimEnd()
        .split('\n')
        .map((line) => line.split(/\s+/)),
    ).toEqual([
      ['DATA', 'INPUT', 'DATE', 'REPOSITORIES', 'DEPS', 'LINES'],
      ...totals.map((t) => [heads[t.n]!.slice(0, 7), inputCommitOf(t.n).slice(0, 7), dateOf(heads[t.n]!), String(t.rows), String(t.deps), String(t.lines)]),
    ]);
    const csv = await run('history', '--format', 'csv');
    expect(csv.out).toBe(
      [
        'data_commit,input_commit,date,repositories,deps,lines',
        ...totals.map((t) => [heads[t.n], inputCommitOf(t.n), dateOf(heads[t.n]!), t.rows, t.deps, t.lines].join(',')),
        '',
      ].join('\n'),
    );
    const json = await run('history', '--format', 'json', '-n', '2');
    expect(JSON.parse(json.out)).toEqual(
      totals.slice(0, 2).map((t) => ({
        data_commit: heads[t.n],
        input_commit: inputCommitOf(t.n),
        date: dateOf(heads[t.n]!),
        repositories: t.rows,
        deps: t.deps,
        lines: t.lines,
      })),
    );
  });

  it("history NAME...: each repository's record at each data commit that has one, in any spelling of its name", async () => {
    const json = await run('history', 'https://github.com/A/ONE', 'c/three', '--format', 'json');
    expect(json.code).toBe(0);
    const expected = newestFirst().flatMap((n) =>
      ['a/one', 'c/three'].flatMap((name) => {
        const r = VERSIONS[n]!.find((record) => record.repo.toLowerCase() === name);
        return r
          ? [
              {
                data_commit: heads[n],
                input_commit: inputCommitOf(n),
                date: dateOf(heads[n]!),
                repo: r.repo,
                deps: r.deps,
                lines: r.lines,
                error: null,
                pending: false,
              },
            ]
          : [];
      }),
    );
    expect(JSON.parse(json.out)).toEqual(expected);
    const failed = await run('history', 'd/gone');
    expect(failed.out.trimEnd().split('\n')[1]).toBe(
      `${heads[1]!.slice(0, 7)}  ${inputCommitOf(1).slice(0, 7)}  ${dateOf(heads[1]!)}  d/gone  -     -      failed: not found, "really" second line`,
    );
    const pending = await run('history', 'e/later', '--format', 'csv');
    expect(pending.out).toBe(
      `data_commit,input_commit,date,repo,deps,lines,error,pending\n${heads[2]},${inputCommitOf(2)},${dateOf(heads[2]!)},e/later,,,,true\n`,
    );
  });

  it('history NAME: a name no data commit has fails, and one that is no name is bad usage', async () => {
    const missing = await run('history', 'd/gone', '-n', '2');
    expect([missing.code, missing.out, missing.err]).toEqual([1, '', 'tusk: no data commit of the 2 read has a record of d/gone\n']);
    const bad = await run('history', 'not a name');
    expect([bad.code, bad.err]).toEqual([2, 'tusk: "not a name" is not a GitHub repository name (owner/repo)\n']);
  });

  it('export --format csv and jsonl: every record of every data commit, as one table', async () => {
    const expected = expectedExport(heads, dateOf);
    const csvFile = join(dir.path, 'all.csv');
    const csv = await run('export', '--format', 'csv', csvFile);
    expect([csv.code, csv.out]).toEqual([0, `${csvFile}: 12 records of 4 data commits\n`]);
    const [header, ...rows] = pythonCsv(csvFile);
    expect(header).toEqual(Object.keys(expected[0]!));
    expect(rows).toEqual(expected.map((row) => Object.values(row).map(asCsv)));
    const jsonlFile = join(dir.path, 'all.jsonl');
    expect((await run('export', '--format', 'jsonl', jsonlFile)).code).toBe(0);
    expect(
      readFileSync(jsonlFile, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(expected);
  });

  it('export --format sqlite: a database the sqlite3 CLI queries, made by the Node that has node:sqlite', () => {
    const file = join(dir.path, 'all.db');
    const node = actionNode(ROOT).path;
    const out = execFileSync(node, [join(ROOT, 'dist', 'cli.js'), 'export', '--format', 'sqlite', file, '--local', repo], { encoding: 'utf8' });
    expect(out).toBe(`${file}: 12 records of 4 data commits\n`);
    const query = (sql: string): unknown => JSON.parse(execFileSync('sqlite3', ['-json', file, sql], { encoding: 'utf8' }) || '[]');
    expect(query('SELECT * FROM records')).toEqual(expectedExport(heads, dateOf).map((row) => ({ ...row, pending: row.pending ? 1 : 0 })));
    // The lines of a repository across data commits: the query an analyst writes first.
    expect(query(`SELECT input_commit, lines FROM records WHERE lower(repo) = 'a/one' ORDER BY date, input_commit`)).toEqual(
      [0, 1, 2, 3].map((n) => ({ input_commit: inputCommitOf(n), lines: VERSIONS[n]!.find((r) => r.repo.toLowerCase() === 'a/one')!.lines })),
    );
  });

  it('export --format sqlite in this process: a database where Node has node:sqlite, else what to do and no file', async () => {
    const file = join(dir.path, 'here.db');
    const result = await run('export', '--format', 'sqlite', file);
    const hasSqlite = await import('node:sqlite').then(
      () => true,
      () => false,
    );
    if (hasSqlite) {
      expect([result.code, execFileSync('sqlite3', [file, 'SELECT count(*) FROM records'], { encoding: 'utf8' })]).toEqual([0, '12\n']);
    } else {
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        /^tusk: --format sqlite needs node:sqlite, which Node\.js v\S+ does not have without a flag \(Node\.js 22\.13 or later has it\): run it there, or export --format csv/,
      );
      expect(existsSync(file)).toBe(false);
    }
    expect(readdirSync(dir.path).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('reads a GitHub repository the same way: one request for the history, one a data commit for the records', async () => {
    const emulator = await GitHubEmulator.start();
    try {
      await emulator.createRepo('acme', 'data');
      await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'a/one\n' }, 'initial');
      const backend = new GitHubBackend(createGitHubClient({ token: 'test-token', baseUrl: emulator.url, warn: () => {} }), 'acme', 'data');
      const store = new DataStore(backend, 'tusk/main');
      const remote = await writeVersions(() => store, backend);
      const remoteDates = new Map(
        git(emulator.repoDir('acme', 'data'), 'log', '--format=%H %cI', 'tusk/main')
          .split('\n')
          .map((line) => line.split(' ') as [string, string]),
      );
      const env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: emulator.url };
      const file = join(dir.path, 'remote.jsonl');
      emulator.resetLog();
      const result = await tusk(['export', '--github', 'acme/data', '--format', 'jsonl', file], { cwd: dir.path, env });
      expect(result.code).toBe(0);
      const toUtc = (sha: string): string => new Date(remoteDates.get(sha)!).toISOString().replace('.000Z', 'Z');
      expect(
        readFileSync(file, 'utf8')
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line)),
      ).toEqual(expectedExport(remote, toUtc));
      expect(emulator.count('GET', /^\/repos\/acme\/data\/commits$/)).toBe(1);
      expect(emulator.count('GET', /^\/repos\/acme\/data\/contents\/stats\/records\.jsonl$/)).toBe(4);
      emulator.resetLog();
      expect((await tusk(['history', '--github', 'acme/data'], { cwd: dir.path, env })).code).toBe(0);
      expect(emulator.count('GET', /^\/repos\/acme\/data\/commits$/)).toBe(1);
      expect(emulator.count('GET', /\/contents\//)).toBe(0);
    } finally {
      await emulator.close();
    }
  });
});
