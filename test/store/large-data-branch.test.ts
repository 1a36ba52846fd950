import { isDeepStrictEqual } from 'node:util';
import { createGitHubClient } from '../../src/github/octokit.js';
import { parseInputFiles } from '../../src/names/input-file.js';
import { readInput } from '../../src/pipeline/read-input.js';
import { successRecord, type StatsRecord } from '../../src/stats/record.js';
import { DataStore } from '../../src/store/data-store.js';
import { GitHubBackend } from '../../src/store/github-backend.js';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';

const COUNT = 100_000;

describe('a data branch of 100,000 records through the GitHub API, within its size limits', () => {
  let emulator: GitHubEmulator;
  beforeAll(async () => (emulator = await GitHubEmulator.start()));
  afterAll(() => emulator.close());

  it('writes and reads back the input, the results and every record', async () => {
    const names = Array.from({ length: COUNT }, (_, i) => `owner-${i % 997}/repository-with-a-longish-name-${i}`);
    const input = names.map((name) => `${name}\n`).join('');
    await emulator.createRepo('acme', 'large');
    const source = await emulator.commitFiles('acme', 'large', 'main', { 'projects.txt': input }, 'a long list');
    const backend = new GitHubBackend(createGitHubClient({ token: 'test-token', baseUrl: emulator.url, warn: () => {} }), 'acme', 'large');

    // The input (over 1 MB) is read as raw content.
    const read = await readInput(backend, source, ['projects.txt']);
    expect(read.parsed.names).toHaveLength(COUNT);

    const records: StatsRecord[] = read.parsed.names.map(({ name }, i) =>
      successRecord(name, 'c'.repeat(40), { files: 1 + (i % 40), lines: 10 * i, deps: i % 30, unparsed: 0 }),
    );
    const store = new DataStore(backend, 'tusk/main');
    const counts = { processed: COUNT, reused: 0, failed: 0, pending: 0, outdated: 0, rows: COUNT, invalid: 0, lines: 0, deps: 0 };
    emulator.resetLog();
    const written = await store.write(null, { inputFiles: read.files, records }, { inputCommit: source, mode: 'commit', counts });
    expect('sha' in written).toBe(true);
    // Every data file went up as a blob of its own: no megabytes of content inline in the tree
    // request. Only the views, small by construction, went inside it.
    const bare = emulator.repoDir('acme', 'large');
    const paths = git(bare, 'ls-tree', '-r', '--name-only', 'tusk/main').split('\n');
    expect(paths).toEqual(['README.md', 'projects/projects.txt', 'stats/records.jsonl', 'stats/results', 'stats/totals.svg']);
    expect(emulator.count('POST', /\/git\/blobs$/)).toBe(paths.filter((path) => /^(projects|stats)\/(?!totals\.svg)/.test(path)).length);
    expect(Buffer.byteLength(git(bare, 'show', 'tusk/main:README.md'))).toBeLessThan(64 * 1024);
    expect(Buffer.byteLength(git(bare, 'show', 'tusk/main:stats/records.jsonl'))).toBeGreaterThan(10 * 1024 * 1024);
    const back = await store.records((written as { sha: string }).sha);
    expect(back).toHaveLength(COUNT);
    const sorted = [...records].sort((a, b) => (a.repo.toLowerCase() < b.repo.toLowerCase() ? -1 : 1));
    // Node's deep equality decides 100,000 records in a twentieth of toEqual's 2.8 s; toEqual
    // then only has to say where they differ.
    if (!isDeepStrictEqual(back, sorted)) expect(back).toEqual(sorted);
    const files = await store.inputFiles((written as { sha: string }).sha);
    expect(parseInputFiles(files).names).toHaveLength(COUNT);
  }, 120_000);

  it('refuses, before sending it, a data file larger than GitHub takes', async () => {
    await emulator.createRepo('acme', 'huge');
    const backend = new GitHubBackend(createGitHubClient({ token: 'test-token', baseUrl: emulator.url, warn: () => {} }), 'acme', 'huge');
    emulator.resetLog();
    const content = 'a'.repeat(100 * 1024 * 1024 + 1);
    await expect(backend.commitFiles('tusk/main', null, [{ path: 'stats/records.jsonl', content }], 'too large\n')).rejects.toThrow(
      'stats/records.jsonl would be 105 MB, and GitHub takes files of up to 100 MB: a data branch holds at most about 650,000 repositories',
    );
    expect(emulator.count('POST', /\/git\/blobs$/)).toBe(0);
  }, 60_000);
});
