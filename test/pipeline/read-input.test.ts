import { InputError, readInputFiles } from '../../src/pipeline/read-input.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { initRepo } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';

describe('readInputFiles', () => {
  let dir: ReturnType<typeof tempDir>;
  let commit: string;
  let backend: LocalGitBackend;
  beforeEach(() => {
    dir = tempDir();
    commit = initRepo(dir.path, { 'projects.txt': 'pkg/errors\n', 'lists/a.txt': 'a/a\n', 'lists/b.txt': 'b/b\n', 'lists/deep/c.txt': 'c/c\n' });
    backend = new LocalGitBackend(dir.path);
  });
  afterEach(() => dir.cleanup());

  const read = async (patterns: string[]) => (await readInputFiles(backend, commit, patterns)).map((file) => file.path);

  it('reads paths named outright, with or without ./, skipping those that are not there', async () => {
    expect(await readInputFiles(backend, commit, ['./projects.txt'])).toEqual([{ path: 'projects.txt', content: 'pkg/errors\n' }]);
    expect(await read(['projects.txt', 'missing.txt', 'lists/b.txt', 'projects.txt'])).toEqual(['lists/b.txt', 'projects.txt']);
  });

  it('matches globs against the whole tree', async () => {
    expect(await read(['lists/*.txt'])).toEqual(['lists/a.txt', 'lists/b.txt']);
    expect(await read(['lists/**/*.txt', 'projects.txt'])).toEqual(['lists/a.txt', 'lists/b.txt', 'lists/deep/c.txt', 'projects.txt']);
  });

  it('fails naming the patterns and the commit when no file is there, a folder named outright included', async () => {
    for (const patterns of [['missing.txt'], ['lists'], ['nothing/*.txt']]) {
      await expect(readInputFiles(backend, commit, patterns)).rejects.toThrow(InputError);
      await expect(readInputFiles(backend, commit, patterns)).rejects.toThrow(`no input file matches "${patterns[0]}" at ${commit.slice(0, 7)}`);
    }
  });
});
