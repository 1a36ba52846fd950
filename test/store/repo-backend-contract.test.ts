import { execFileSync } from 'node:child_process';
import { createGitHubClient } from '../../src/github/octokit.js';
import { GitHubBackend } from '../../src/store/github-backend.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { NotFoundError, type RepoBackend } from '../../src/store/repo-backend.js';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { commitLocal, git, initRepo } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';

/** A backend under test, and a way to make source commits in the same repository. */
interface Subject {
  backend: RepoBackend;
  commitSource(files: Record<string, string | null>, message: string): Promise<string>;
  /** Runs git against the repository itself, to check what the backend wrote. */
  git(...args: string[]): string;
  /** The repository's git directory (or work tree), for git commands that need input. */
  path: string;
  cleanup(): Promise<void>;
}

async function localSubject(): Promise<Subject> {
  const dir = tempDir();
  initRepo(dir.path, { 'projects.txt': 'a/b\n' });
  return {
    backend: new LocalGitBackend(dir.path),
    commitSource: async (files, message) => commitLocal(dir.path, files, message),
    git: (...args) => git(dir.path, ...args),
    path: dir.path,
    cleanup: async () => dir.cleanup(),
  };
}

async function githubSubject(): Promise<Subject> {
  const emulator = await GitHubEmulator.start();
  await emulator.createRepo('acme', 'data');
  await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'a/b\n' }, 'initial');
  const octokit = createGitHubClient({ token: 'test-token', baseUrl: emulator.url, warn: () => {} });
  return {
    backend: new GitHubBackend(octokit, 'acme', 'data'),
    commitSource: (files, message) => emulator.commitFiles('acme', 'data', 'main', files, message),
    git: (...args) => git(emulator.repoDir('acme', 'data'), ...args),
    path: emulator.repoDir('acme', 'data'),
    cleanup: () => emulator.close(),
  };
}

describe.each([
  ['local git', localSubject],
  ['GitHub', githubSubject],
])('RepoBackend contract: %s', (_name, makeSubject) => {
  let subject: Subject;
  beforeEach(async () => {
    subject = await makeSubject();
  });
  afterEach(() => subject.cleanup());

  it('reads branches, files and commits of the source history', async () => {
    const { backend } = subject;
    expect(await backend.defaultBranch()).toBe('main');
    const head = await backend.branchHead('main');
    expect(head).toBe(subject.git('rev-parse', 'main'));
    expect(await backend.branchHead('no-such-branch')).toBeNull();
    expect(await backend.resolveCommit(head!.slice(0, 7))).toBe(head);
    await expect(backend.resolveCommit('f'.repeat(40))).rejects.toBeInstanceOf(NotFoundError);
    expect(await backend.listFiles(head!)).toEqual(['projects.txt']);
    expect(await backend.readFile(head!, 'projects.txt')).toBe('a/b\n');
    expect(await backend.readFile(head!, 'missing.txt')).toBeNull();
  });

  it('compares commits by ancestry', async () => {
    const first = (await subject.backend.branchHead('main'))!;
    const second = await subject.commitSource({ 'projects.txt': 'a/b\nc/d\n' }, 'second');
    expect(await subject.backend.isAncestor(first, second)).toBe(true);
    expect(await subject.backend.isAncestor(second, first)).toBe(false);
    expect(await subject.backend.isAncestor(second, second)).toBe(true);
    await expect(subject.backend.isAncestor('f'.repeat(40), second)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('creates an orphan branch, then commits on top of it with changes and deletions', async () => {
    const { backend } = subject;
    const first = await backend.commitFiles(
      'tusk/main',
      null,
      [
        { path: 'stats/results', content: 'a/b, 1, 2\n' },
        { path: 'projects/x.txt', content: 'a/b\n' },
      ],
      'one\n\nTusk-Input-Commit: abc\n',
    );
    if ('conflict' in first) throw new Error('unexpected conflict');
    expect(subject.git('rev-list', '--count', 'tusk/main')).toBe('1'); // an orphan: no source history
    expect(subject.git('log', '-1', '--format=%B', 'tusk/main')).toBe('one\n\nTusk-Input-Commit: abc');

    const second = await backend.commitFiles(
      'tusk/main',
      first.sha,
      [
        { path: 'projects/x.txt', content: null },
        { path: 'stats/results', content: 'a/b, 1, 3\n' },
      ],
      'two\n',
    );
    if ('conflict' in second) throw new Error('unexpected conflict');
    expect(subject.git('rev-parse', 'tusk/main^')).toBe(first.sha);
    expect(subject.git('ls-tree', '-r', '--name-only', 'tusk/main')).toBe('stats/results');
    expect(await backend.readFile(second.sha, 'stats/results')).toBe('a/b, 1, 3\n');
    subject.git('fsck', '--strict');

    const history = await backend.history(second.sha, 10);
    expect(history.map((c) => c.sha)).toEqual([second.sha, first.sha]);
    expect(history[1]!.message.trim()).toBe('one\n\nTusk-Input-Commit: abc');
    expect((await backend.commitInfo(second.sha)).parents).toEqual([first.sha]);
  });

  it('stores a file given in pieces, and text with CR LF, byte for byte, whatever git would convert', async () => {
    // A repository that converts line endings on the way in: data is stored as given all the same.
    subject.git('config', 'core.autocrlf', 'true');
    const pieces = [Buffer.from('{"repo":"a/b"}\r\n{"re'), Buffer.from('po":"é/f"}\n')];
    const written = await subject.backend.commitFiles(
      'bytes',
      null,
      [
        { path: 'stats/records.jsonl', content: pieces },
        { path: 'projects/crlf.txt', content: 'a/b\r\nc/d\r\n' },
      ],
      'bytes\n',
    );
    if ('conflict' in written) throw new Error('unexpected conflict');
    expect(await subject.backend.readFile(written.sha, 'stats/records.jsonl')).toBe('{"repo":"a/b"}\r\n{"repo":"é/f"}\n');
    expect(await subject.backend.readFile(written.sha, 'projects/crlf.txt')).toBe('a/b\r\nc/d\r\n');
  });

  it('dates each commit by its committer, in UTC to the second, the same on both backends', async () => {
    const { backend } = subject;
    const tree = subject.git('rev-parse', 'main^{tree}');
    // Committed at 1700000000 (2023-11-14 22:13:20 UTC) in a zone east of UTC: the date is the instant, not the wall clock.
    const raw = `tree ${tree}\nauthor A <a@example.com> 1600000000 +0000\ncommitter C <c@example.com> 1700000000 +0530\n\ndated\n`;
    const sha = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: subject.path, input: raw, encoding: 'utf8' }).trim();
    subject.git('update-ref', 'refs/heads/dated', sha);
    expect((await backend.commitInfo(sha)).date).toBe('2023-11-14T22:13:20Z');
    expect((await backend.history(sha, 1)).map((commit) => commit.date)).toEqual(['2023-11-14T22:13:20Z']);

    const written = await backend.commitFiles('tusk/main', null, [{ path: 'f', content: '1' }], 'now\n');
    if ('conflict' in written) throw new Error('unexpected conflict');
    const seconds = Number(subject.git('log', '-1', '--format=%ct', written.sha));
    expect((await backend.commitInfo(written.sha)).date).toBe(new Date(seconds * 1000).toISOString().replace('.000Z', 'Z'));
  });

  it('refuses a commit whose parent is no longer the head: compare-and-swap, no force', async () => {
    const { backend } = subject;
    const base = await backend.commitFiles('tusk/main', null, [{ path: 'f', content: '1' }], 'base\n');
    if ('conflict' in base) throw new Error('unexpected conflict');
    const winner = await backend.commitFiles('tusk/main', base.sha, [{ path: 'f', content: '2' }], 'winner\n');
    const loser = await backend.commitFiles('tusk/main', base.sha, [{ path: 'f', content: '3' }], 'loser\n');
    expect(loser).toEqual({ conflict: true });
    expect(subject.git('rev-parse', 'tusk/main')).toBe((winner as { sha: string }).sha);
    expect(await backend.commitFiles('tusk/main', null, [{ path: 'f', content: '4' }], 'again orphan\n')).toEqual({ conflict: true });
  });

  it('lets exactly one of several racing commits on the same parent win', async () => {
    const { backend } = subject;
    const base = await backend.commitFiles('race', null, [{ path: 'f', content: '0' }], 'base\n');
    if ('conflict' in base) throw new Error('unexpected conflict');
    const results = await Promise.all([1, 2, 3, 4].map((n) => backend.commitFiles('race', base.sha, [{ path: 'f', content: String(n) }], `run ${n}\n`)));
    const winners = results.filter((r) => !('conflict' in r));
    expect(winners).toHaveLength(1);
    expect(subject.git('rev-parse', 'race')).toBe((winners[0] as { sha: string }).sha);
    expect(subject.git('rev-list', '--count', 'race')).toBe('2');
  });
});
