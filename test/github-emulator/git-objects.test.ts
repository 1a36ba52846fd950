/**
 * The emulator writes blobs and trees in-process and reads objects through one long-lived git
 * process: what it writes must be what git writes, byte for byte and sha for sha.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Git, runGit } from '../support/github-emulator/git.js';
import { buildTree, type TreeEdit } from '../support/github-emulator/tree-builder.js';
import { tempDir } from '../support/temp-dir.js';

/** Names that sort differently as files and as folders ("a" < "a-" < "a.b" < "a/" in git's order). */
const NAMES = ['a', 'a-', 'a.b', 'b', 'é'];

type Step = { path: string; remove: true } | { path: string; kind: 'file' | 'exec' | 'gitlink' | 'tree'; content: number };

const pathArb = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  pathArb.map((path) => ({ path, remove: true as const })),
  fc.record({ path: pathArb, kind: fc.constantFrom('file' as const, 'exec' as const, 'gitlink' as const, 'tree' as const), content: fc.nat(3) }),
);

describe("the emulator's git objects", () => {
  let dir: ReturnType<typeof tempDir>;
  let git: Git;
  const run = (args: string[], input?: string, env: Record<string, string> = {}) =>
    execFileSync('git', [`--git-dir=${git.dir}`, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env }, stdio: 'pipe' }).trim();

  beforeAll(async () => {
    dir = tempDir();
    git = await Git.initBare(join(dir.path, 'repo.git'), 'main');
  });
  afterAll(() => {
    git.close();
    dir.cleanup();
  });

  it('writes blobs as git hash-object does, and reads them back through the batch reader', async () => {
    for (const content of ['', 'x\n', 'no newline', '\0binary\xff', 'é'.repeat(70_000)]) {
      const sha = await git.hashObject(Buffer.from(content, 'latin1'));
      expect(sha).toBe(execFileSync('git', ['hash-object', '--stdin'], { input: Buffer.from(content, 'latin1'), encoding: 'utf8' }).trim());
      expect(Buffer.compare(await git.catFile('blob', sha), Buffer.from(content, 'latin1'))).toBe(0);
    }
    expect(run(['fsck', '--strict', '--no-dangling'])).toBe('');
  });

  it('builds the tree that git builds through an index, for any base and any edits in order', async () => {
    const blobs = await Promise.all([0, 1, 2, 3].map((n) => git.hashObject(Buffer.from(`content ${n}\n`))));
    const subtrees = [run(['mktree'], `100644 blob ${blobs[0]}\tx\n`), run(['mktree'], `100644 blob ${blobs[1]}\tx\n100755 blob ${blobs[2]}\ty\n`)];
    const gitlink = (n: number) => String(n + 1).repeat(40);

    const toEdit = (step: Step): TreeEdit => {
      if ('remove' in step) return step;
      if (step.kind === 'tree') return { path: step.path, mode: '040000', type: 'tree', sha: subtrees[step.content % 2]! };
      if (step.kind === 'gitlink') return { path: step.path, mode: '160000', type: 'commit', sha: gitlink(step.content) };
      return { path: step.path, mode: step.kind === 'exec' ? '100755' : '100644', type: 'blob', sha: blobs[step.content]! };
    };

    /**
     * git's own answer: an index file, each edit applied in turn, then write-tree. Its many git
     * commands start from the small helper process: each would fork this big worker.
     */
    const runFromHelper = async (args: string[], input?: string): Promise<string> => {
      const options = { input, env: { GIT_INDEX_FILE: join(dir.path, 'index') } };
      return (await runGit([`--git-dir=${git.dir}`, ...args], options)).stdout.toString('utf8').trim();
    };
    /** A subtree's files, as git lists them: there are two subtrees, and neither ever changes. */
    const listings = new Map<string, Promise<string>>();
    const filesOf = (tree: string): Promise<string> => {
      if (!listings.has(tree)) listings.set(tree, runFromHelper(['ls-tree', '-r', '-z', tree]));
      return listings.get(tree)!;
    };
    const throughIndex = async (base: string | null, edits: TreeEdit[]): Promise<string> => {
      await runFromHelper(['read-tree', base ?? '--empty']);
      for (const edit of edits) {
        const inIndex = (await runFromHelper(['ls-files', '-z'])).split('\0').filter(Boolean);
        const under = inIndex.filter((file) => file === edit.path || file.startsWith(`${edit.path}/`));
        let lines = 'remove' in edit || edit.type === 'tree' ? under.map((file) => `0 ${'0'.repeat(40)}\t${file}\0`).join('') : '';
        if (!('remove' in edit)) {
          if (edit.type === 'tree') {
            for (const line of (await filesOf(edit.sha)).split('\0').filter(Boolean)) {
              const [info, path] = line.split('\t') as [string, string];
              const [mode, , sha] = info.split(' ');
              lines += `${mode} ${sha}\t${edit.path}/${path}\0`;
            }
          } else lines += `${edit.mode} ${edit.sha}\t${edit.path}\0`;
        }
        if (lines !== '') await runFromHelper(['update-index', '-z', '--index-info'], lines);
      }
      return runFromHelper(['write-tree']);
    };

    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 6 }), fc.array(stepArb, { minLength: 1, maxLength: 6 }), async (baseSteps, steps) => {
        const base = baseSteps.length === 0 ? null : await buildTree(git, null, baseSteps.map(toEdit));
        if (base) expect(base).toBe(await throughIndex(null, baseSteps.map(toEdit)));
        expect(await buildTree(git, base, steps.map(toEdit))).toBe(await throughIndex(base, steps.map(toEdit)));
      }),
      { numRuns: 60 },
    );
    expect(run(['fsck', '--strict', '--no-dangling'])).toBe('');
  });

  it('writes the commit that commit-tree writes, for every signature and date, and leaves what it cannot copy to git', async () => {
    const tree = run(['mktree'], `100644 blob ${await git.hashObject(Buffer.from('x\n'))}\tf\n`);
    const parent = run(['commit-tree', tree, '-m', 'parent'], undefined, {
      GIT_AUTHOR_NAME: 'p',
      GIT_AUTHOR_EMAIL: 'p@p',
      GIT_COMMITTER_NAME: 'p',
      GIT_COMMITTER_EMAIL: 'p@p',
    });
    const people = [
      { name: 'Tusk', email: 'tusk@example.com', date: '2024-02-29T23:59:59Z' },
      { name: 'Zoë Ödegaard', email: 'zoe@example.com', date: '2021-06-01T12:00:00+05:30' },
      { name: 'West', email: 'w@example.com', date: '2021-06-01T12:00:00-0800' },
      { name: ' padded. ', email: '<odd>@example.com', date: '2021-06-01T12:00:00Z' }, // git trims and drops these
      { name: 'Dated', email: 'd@example.com', date: '2021-06-01 12:00:00 +0200' }, // git's own format
      { name: 'Fraction', email: 'f@example.com', date: '2021-06-01T12:00:00.5Z' },
      { name: 'Late', email: 'l@example.com', date: '2099-12-31T23:59:59-12:00' },
    ];
    const messages = ['one line', 'ends in a newline\n', 'trailers\n\nTusk-Pending: 0\n', '', 'é\r\n\t'];
    for (const [i, author] of people.entries()) {
      const committer = people[(i + 1) % people.length]!;
      const message = messages[i % messages.length]!;
      const parents = i % 2 === 0 ? [parent] : [];
      const sha = await git.commitTree(tree, parents, message, author, committer);
      const env = {
        LC_ALL: 'C',
        ...{ GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: author.date },
        ...{ GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email, GIT_COMMITTER_DATE: committer.date },
      };
      expect(sha).toBe(run(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], message, env));
    }
    // Now, in this machine's time zone: the same commit as git's, but for the second it ran in.
    const now = { name: 'Now', email: 'n@example.com' };
    const written = await git.catFile('commit', await git.commitTree(tree, [], 'now', now, now));
    const byGit = run([
      'cat-file',
      'commit',
      run(['commit-tree', tree], 'now', {
        GIT_AUTHOR_NAME: 'Now',
        GIT_AUTHOR_EMAIL: 'n@example.com',
        GIT_COMMITTER_NAME: 'Now',
        GIT_COMMITTER_EMAIL: 'n@example.com',
      }),
    ]);
    const timeless = (text: string) => text.replace(/> \d+ /g, '> T ');
    expect(timeless(written.toString('utf8'))).toBe(timeless(`${byGit}`));
    await expect(git.commitTree('0'.repeat(40), [], 'no tree', now, now)).rejects.toThrow(/commit-tree/);
    expect(run(['fsck', '--strict', '--no-dangling'])).toBe('');
  });

  it('moves a ref only from the value it is told, and never while git holds its lock', async () => {
    const tree = run(['mktree'], '');
    const who = { name: 'T', email: 't@example.com', date: '2024-01-01T00:00:00Z' };
    const first = await git.commitTree(tree, [], 'first', who, who);
    const second = await git.commitTree(tree, [first], 'second', who, who);
    await git.updateRef('refs/heads/cas/a', first, null);
    expect(run(['rev-parse', 'refs/heads/cas/a'])).toBe(first);
    await expect(git.updateRef('refs/heads/cas/a', second, null)).rejects.toThrow(/cannot lock ref 'refs\/heads\/cas\/a'/);
    await expect(git.updateRef('refs/heads/cas/a', second, second)).rejects.toThrow(/is at [0-9a-f]{40} but expected/);
    await git.updateRef('refs/heads/cas/a', second, first);
    expect(run(['rev-parse', 'refs/heads/cas/a'])).toBe(second);
    // A folder and a ref cannot share a name, either way round.
    await expect(git.updateRef('refs/heads/cas/a/b', first, null)).rejects.toThrow(/cannot lock ref/);
    await expect(git.updateRef('refs/heads/cas', first, null)).rejects.toThrow(/cannot lock ref/);
    // A lock that a git process holds wins, and is left to it.
    writeFileSync(join(git.dir, 'refs/heads/cas/a.lock'), '');
    await expect(git.updateRef('refs/heads/cas/a', first, second)).rejects.toThrow(/cannot lock ref/);
    expect(existsSync(join(git.dir, 'refs/heads/cas/a.lock'))).toBe(true);
    unlinkSync(join(git.dir, 'refs/heads/cas/a.lock'));
    expect(run(['rev-parse', 'refs/heads/cas/a'])).toBe(second);
    await git.deleteRef('refs/heads/cas/a', second);
    expect(run(['for-each-ref', 'refs/heads/cas/'])).toBe('');
  });

  it('makes a bare repository that git takes for one of its own, as git init makes it but for the samples', async () => {
    const made = await Git.initBare(join(dir.path, 'made.git'), 'trunk');
    const byGit = join(dir.path, 'by-git.git');
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=trunk', byGit]);
    for (const file of ['HEAD', 'config']) expect(readFileSync(join(made.dir, file), 'utf8')).toBe(readFileSync(join(byGit, file), 'utf8'));
    const ask = (args: string[]) => execFileSync('git', [`--git-dir=${made.dir}`, ...args], { encoding: 'utf8' }).trim();
    expect(ask(['rev-parse', '--is-bare-repository'])).toBe('true');
    expect(ask(['symbolic-ref', 'HEAD'])).toBe('refs/heads/trunk');
    expect(ask(['count-objects', '-v'])).toMatch(/^count: 0$/m);
    const who = { name: 'T', email: 't@example.com', date: '2024-01-01T00:00:00Z' };
    await made.updateRef('refs/heads/trunk', await made.commitTree(await made.writeObject('tree', Buffer.alloc(0)), [], 'first', who, who), null);
    expect(ask(['log', '--format=%s', 'trunk'])).toBe('first');
    expect(ask(['fsck', '--strict'])).toBe('');
    made.close();
  });

  it('reads refs and objects written by other git processes after it started', async () => {
    const blob = await git.hashObject(Buffer.from('one\n'));
    const tree = run(['mktree'], `100644 blob ${blob}\tf\n`);
    const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    const first = run(['commit-tree', tree, '-m', 'one'], undefined, env);
    expect(await git.readRef('refs/heads/topic')).toBeNull();
    run(['update-ref', 'refs/heads/topic', first]);
    expect(await git.readRef('refs/heads/topic')).toBe(first);
    const second = run(['commit-tree', tree, '-p', first, '-m', 'two'], undefined, env);
    run(['update-ref', 'refs/heads/topic', second]);
    run(['pack-refs', '--all']);
    expect(await git.readRef('refs/heads/topic')).toBe(second);
    expect(await git.peel(second, 'tree')).toBe(tree);
    expect(await git.lsTree(tree, false)).toEqual([{ mode: '100644', type: 'blob', sha: blob, size: 4, path: 'f' }]);
  });
});
