import { createGitHubClient } from '../../src/github/octokit.js';
import { DataStore } from '../../src/store/data-store.js';
import { GitHubBackend } from '../../src/store/github-backend.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git, initRepo } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';
import { sha } from './fixtures.js';
import { VERSIONS, factsOf, writeVersions } from './known-history.js';
import { parseSvg, within } from './svg.js';

describe('the views each data commit writes', () => {
  let dirs: ReturnType<typeof tempDir>[] = [];
  const repo = (): string => {
    const dir = tempDir();
    dirs.push(dir);
    initRepo(dir.path, { 'projects.txt': 'a/one\n' });
    return dir.path;
  };
  afterEach(() => {
    for (const dir of dirs) dir.cleanup();
    dirs = [];
  });

  it('a README.md and a chart of the totals so far, which readers of the data ignore', async () => {
    const path = repo();
    const backend = new LocalGitBackend(path);
    const store = new DataStore(backend, 'tusk/main');
    const heads = await writeVersions(() => store, backend);
    for (const [n, head] of heads.entries()) {
      expect(git(path, 'ls-tree', '-r', '--name-only', head).split('\n')).toEqual([
        'README.md',
        'projects/projects.txt',
        'stats/records.jsonl',
        'stats/results',
        'stats/totals.svg',
      ]);
      const chart = parseSvg(git(path, 'show', `${head}:stats/totals.svg`));
      const expected = VERSIONS.slice(0, n + 1).map((records, i) => factsOf(records, i).counts.lines.toLocaleString('en-US'));
      expect(within(chart, 'lines', 'title').map((title) => title.textContent!.split(': ')[1])).toEqual(expected);
      expect(git(path, 'show', `${head}:README.md`)).toContain(`| ${factsOf(VERSIONS[n]!, n).counts.rows} | `);
    }
    expect(await store.records(heads[2]!)).toEqual([VERSIONS[2]![0], VERSIONS[2]![1], VERSIONS[2]![2], VERSIONS[2]![3]]);
    expect((await store.inputFiles(heads[2]!)).map((file) => file.path)).toEqual(['projects.txt']);
    expect(git(path, 'show', `${heads[2]}:README.md`)).toContain('## Pending (1)');
  });

  it('are the same bytes whether the store remembers the history or reads it', async () => {
    const remembering = repo();
    const rememberingBackend = new LocalGitBackend(remembering);
    const store = new DataStore(rememberingBackend, 'tusk/main');
    const remembered = await writeVersions(() => store, rememberingBackend);
    const reading = repo();
    const readingBackend = new LocalGitBackend(reading);
    const read = await writeVersions(() => new DataStore(readingBackend, 'tusk/main'), readingBackend);
    for (let n = 0; n < VERSIONS.length; n++) {
      for (const file of ['README.md', 'stats/totals.svg']) {
        expect([n, file, git(reading, 'rev-parse', `${read[n]}:${file}`)]).toEqual([n, file, git(remembering, 'rev-parse', `${remembered[n]}:${file}`)]);
      }
    }
  });

  it('keep a README.md that Tusk did not write, saying so once, and still chart the data', async () => {
    const path = repo();
    const backend = new LocalGitBackend(path);
    await writeVersions(() => new DataStore(backend, 'tusk/main'), backend, 1);
    const theirs = await backend.commitFiles(
      'tusk/main',
      await backend.branchHead('tusk/main'),
      [{ path: 'README.md', content: '# our data\n' }],
      'Add a README\n',
    );
    if ('conflict' in theirs) throw new Error('unexpected conflict');
    const warnings: string[] = [];
    const store = new DataStore(backend, 'tusk/main', (message) => warnings.push(message));
    for (const n of [1, 2]) {
      const written = await store.write(await backend.branchHead('tusk/main'), { inputFiles: null, records: VERSIONS[n]! }, factsOf(VERSIONS[n]!, n));
      if ('conflict' in written) throw new Error('unexpected conflict');
    }
    expect(git(path, 'show', 'tusk/main:README.md')).toBe('# our data');
    expect(warnings).toEqual([
      "README.md on tusk/main is not one Tusk wrote: it is kept, and Tusk's own is not written (remove it, and the next data commit writes one)",
    ]);
    expect(within(parseSvg(git(path, 'show', 'tusk/main:stats/totals.svg')), 'repositories', 'circle')).toHaveLength(3);
  });

  it('on GitHub, cost two reads for a commit on one another run made (one when only data commits came on top of one it knows), and none on its own', async () => {
    const emulator = await GitHubEmulator.start();
    try {
      await emulator.createRepo('acme', 'data');
      await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'a/one\n' }, 'initial');
      const backend = new GitHubBackend(createGitHubClient({ token: 'test-token', baseUrl: emulator.url, warn: () => {} }), 'acme', 'data');
      const about = { sourceBranch: 'main', serverUrl: 'https://github.example' };
      const stores = [new DataStore(backend, 'tusk/main', () => {}, about), new DataStore(backend, 'tusk/main', () => {}, about)];
      const reads = (): number[] => [
        emulator.count('GET', /^\/repos\/acme\/data\/commits$/),
        emulator.count('GET', /^\/repos\/acme\/data\/contents\/README\.md$/),
      ];
      const write = async (store: DataStore, n: number): Promise<void> => {
        emulator.resetLog();
        const written = await store.write(
          await backend.branchHead('tusk/main'),
          { inputFiles: [{ path: 'projects.txt', content: 'a/one\n' }], records: VERSIONS[n]! },
          factsOf(VERSIONS[n]!, n),
        );
        if ('conflict' in written) throw new Error('unexpected conflict');
      };
      await write(stores[0]!, 0);
      expect(reads()).toEqual([0, 0]); // a new branch: nothing to read
      await write(stores[1]!, 1);
      expect(reads()).toEqual([1, 1]); // on a commit another store made: its history and README.md
      await write(stores[1]!, 2);
      expect(reads()).toEqual([0, 0]); // on its own commit: both known
      const show = (file: string): string => git(emulator.repoDir('acme', 'data'), 'show', `tusk/main:${file}`);
      expect(show('README.md')).toContain(`[\`${sha(2, 'e').slice(0, 7)}\`](../../../commit/${sha(2, 'e')}) of [\`main\`](../../../tree/main)`);
      expect(within(parseSvg(show('stats/totals.svg')), 'deps', 'circle')).toHaveLength(3);
      expect(show('README.md')).toContain('| 1 | [b\\/two](https://github.example/b/two) | 250 | 3 |');
      // On another store's data commit above one whose README.md it knows: the history alone says it is still Tusk's.
      await write(stores[0]!, 1);
      expect(reads()).toEqual([1, 0]);
      expect(git(emulator.repoDir('acme', 'data'), 'show', 'tusk/main:README.md')).toContain('<!-- Generated by Tusk');
      // A hand-made commit above it: its README.md is read again, and theirs is kept from then on.
      const theirs = await backend.commitFiles(
        'tusk/main',
        await backend.branchHead('tusk/main'),
        [{ path: 'README.md', content: '# ours\n' }],
        'Our README\n',
      );
      if ('conflict' in theirs) throw new Error('unexpected conflict');
      await write(stores[1]!, 2);
      expect(reads()).toEqual([1, 1]);
      await write(stores[0]!, 1); // it has not seen the hand-made commit either
      expect(reads()).toEqual([1, 1]);
      await write(stores[1]!, 2); // it has
      expect(reads()).toEqual([1, 0]);
      expect(git(emulator.repoDir('acme', 'data'), 'show', 'tusk/main:README.md')).toBe('# ours');
      await backend.commitFiles('tusk/main', await backend.branchHead('tusk/main'), [{ path: 'README.md', content: null }], 'Their README goes\n');
      await write(stores[1]!, 2);
      expect(reads()).toEqual([1, 1]);
    } finally {
      await emulator.close();
    }
  });
});
