/** The commit an archive was made from, read from what `git archive` writes, and checked against GitHub's folder name. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { commitOfComment, folderCommitMismatch } from '../../src/stats/archive-commit.js';
import { localSourceRecord } from '../../src/stats/path-stats.js';
import { SourceError } from '../../src/stats/source-error.js';
import { tarballStats } from '../../src/stats/tarball-stats.js';
import { git, initRepo } from '../support/git-fixtures.js';
import { gzipTarball, type TarEntry } from '../support/tarball.js';
import { tempDir } from '../support/temp-dir.js';

const FILES = { 'go.mod': 'module github.com/owner/repo\n', 'main.go': 'package main\n\nimport "example.com/dep"\n' };
const STATS = { files: 1, lines: 3, deps: 1, unparsed: 0 };

describe('the commit of a git archive', () => {
  let workspace: ReturnType<typeof tempDir>;
  let repo: string;
  let commit: string;
  beforeAll(() => {
    workspace = tempDir();
    repo = join(workspace.path, 'repo');
    mkdirSync(repo);
    commit = initRepo(repo, FILES);
  });
  afterAll(() => workspace.cleanup());

  /** `git archive` of HEAD under `folder/`, gzipped, as a file. */
  function archive(folder: string): string {
    const file = join(workspace.path, `${folder}.tar.gz`);
    git(repo, 'archive', '--format=tar.gz', `--prefix=${folder}/`, '-o', file, 'HEAD');
    return file;
  }

  it('is read from the pax global header, and is the record commit', async () => {
    const file = archive(`owner-repo-${commit.slice(0, 7)}`);
    expect(await localSourceRecord({ repo: 'owner/repo', path: file })).toEqual({ repo: 'owner/repo', commit, ...STATS, error: null, engine: 1 });
  });

  it('is checked against the short SHA of GitHub API folder OWNER-REPO-SHORTSHA, the name compared case-insensitively', async () => {
    const file = archive('Owner-Repo-0000000');
    await expect(localSourceRecord({ repo: 'owner/repo', path: file })).rejects.toThrow(
      new SourceError(`${file}: the archive's folder Owner-Repo-0000000 and its header's commit ${commit} disagree`),
    );
    const full = archive(`owner-repo-${commit}`);
    expect(await localSourceRecord({ repo: 'owner/repo', path: full })).toMatchObject({ commit, error: null });
  });

  it('is not checked against folders of other forms: source archives name theirs REPO-REF', async () => {
    for (const folder of ['repo-main', 'repo-HEAD', 'repo-20240101', 'other-name-abcdef1']) {
      expect(await localSourceRecord({ repo: 'owner/repo', path: archive(folder) })).toMatchObject({ commit, ...STATS });
    }
  });

  it('is null without a header that names a commit, and the folder short SHA is the record commit', async () => {
    const entries = (header: TarEntry[]): Buffer =>
      gzipTarball([...header, { path: 'owner-repo-abc1234/', type: 'Directory' }, { path: 'owner-repo-abc1234/main.go', content: FILES['main.go'] }]);
    const statsOf = (bytes: Buffer) => tarballStats(Readable.from([bytes]), 'owner/repo', 'test.tar.gz');
    expect(await statsOf(entries([]))).toMatchObject({ archiveCommit: null, topFolder: 'owner-repo-abc1234' });
    const notASha = entries([{ path: 'pax_global_header', type: 'GlobalExtendedHeader', content: '21 comment=not a sha\n' }]);
    expect(await statsOf(notASha)).toMatchObject({ archiveCommit: null, stats: STATS });
    const file = join(workspace.path, 'no-header.tar.gz');
    git(repo, 'archive', '--format=tar.gz', '--prefix=owner-repo-abc1234/', '-o', file, 'HEAD^{tree}'); // a tree: no commit to name
    expect(await localSourceRecord({ repo: 'owner/repo', path: file })).toMatchObject({ commit: 'abc1234', ...STATS });
  });
});

describe('archive-commit rules', () => {
  const sha = '0123456789abcdef0123456789abcdef01234567';
  it('takes 40 lower-case hex digits only', () => {
    expect(commitOfComment(sha)).toBe(sha);
    expect(commitOfComment(sha.toUpperCase())).toBeNull();
    expect(commitOfComment(`${sha}0`)).toBeNull();
    expect(commitOfComment(undefined)).toBeNull();
  });

  it('compares 7 to 40 hex digits after OWNER-REPO- with the commit, and nothing else', () => {
    expect(folderCommitMismatch('owner-repo-0123456', 'owner/repo', sha)).toBeNull();
    expect(folderCommitMismatch('owner-repo-0123457', 'owner/repo', sha)).toMatch(/disagree/);
    expect(folderCommitMismatch('owner-repo-012345', 'owner/repo', sha)).toBeNull(); // too short to be one
    expect(folderCommitMismatch('owner-my-repo-0123457', 'owner/my-repo', sha)).toMatch(/disagree/);
    expect(folderCommitMismatch('repo-0123457', 'owner/repo', sha)).toBeNull();
    expect(folderCommitMismatch('owner-repo-0123457', 'owner/repo', null)).toBeNull();
    expect(folderCommitMismatch(null, 'owner/repo', sha)).toBeNull();
  });
});
