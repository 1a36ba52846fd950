import { fileURLToPath } from 'node:url';
import { commitLocal, git, initRepo } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';
import { tusk } from '../support/run-cli.js';

const SOURCES = fileURLToPath(new URL('../../demo/sources', import.meta.url));

describe('tusk client commands on a local repository', () => {
  let dir: ReturnType<typeof tempDir>;
  let repo: string;
  const run = (...argv: string[]) => tusk(argv, { cwd: repo });

  beforeEach(() => {
    dir = tempDir();
    repo = dir.path;
    initRepo(repo, { 'projects.txt': 'pkg/errors\ngorilla/mux\n' });
  });
  afterEach(() => dir.cleanup());

  it('run computes every datum, then makes no second data commit at the same source commit and says why', async () => {
    const first = await run('run', '--sources', SOURCES);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^[0-9a-f]{40}: 2 computed, 0 reused, 0 failed; rows \+2 -0 ~0\n$/);
    expect(git(repo, 'rev-list', '--count', 'tusk/main')).toBe('1');
    expect(git(repo, 'show', 'tusk/main:stats/results')).toBe('gorilla/mux, 0, 6661\npkg/errors, 0, 2108');

    const second = await run('run', '--sources', SOURCES);
    expect(second.code).toBe(0);
    expect(second.out).toContain('already there; nothing to do');
    expect(git(repo, 'rev-list', '--count', 'tusk/main')).toBe('1');
  });

  it('after put adds one name, run computes that one and reuses the rest', async () => {
    await run('run', '--sources', SOURCES);
    const put = await run('put', 'sirupsen/logrus');
    expect(put.code).toBe(0);
    expect(put.out.trim()).toBe(git(repo, 'rev-parse', 'main'));
    expect(git(repo, 'show', 'main:projects.txt')).toBe('pkg/errors\ngorilla/mux\nsirupsen/logrus');
    expect(git(repo, 'status', '--porcelain')).toBe(''); // the work tree follows the commit

    const again = await run('run', '--sources', SOURCES);
    expect(again.out).toMatch(/: 1 computed, 2 reused, 0 failed; rows \+1 -0 ~0/);
  });

  it('put --each makes one commit a name, skips names already listed, and rejects bad names', async () => {
    const before = git(repo, 'rev-parse', 'main');
    const each = await run('put', '--each', 'a/one', 'GORILLA/MUX', 'https://github.com/b/two');
    expect(each.code).toBe(0);
    expect(git(repo, 'rev-list', '--count', `${before}..main`)).toBe('2');
    expect(git(repo, 'log', '--format=%s', '-2', 'main')).toBe('tusk put: add b/two\ntusk put: add a/one');
    const head = git(repo, 'rev-parse', 'main');
    const bad = await run('put', 'c/three', 'not a name');
    expect(bad.code).toBe(2); // a mistake in the command line: bad usage
    expect(bad.err).toBe('tusk: "not a name" is not a GitHub repository name (owner/repo)\n');
    expect(bad.out).toBe('');
    expect(git(repo, 'rev-parse', 'main')).toBe(head);
  });

  it('log lists data commits newest first; get follows provenance; diff compares versions', async () => {
    const firstInput = git(repo, 'rev-parse', 'HEAD');
    await run('run', '--sources', SOURCES);
    const secondInput = commitLocal(repo, { 'projects.txt': 'pkg/errors\nspf13/cobra\n' }, 'swap');
    await run('run', '--sources', SOURCES);

    const log = await run('log');
    const lines = log.out.trim().split('\n');
    expect(lines[0]).toMatch(/^DATA\s+INPUT\s+MODE\s+PROCESSED\s+REUSED\s+FAILED\s+PENDING\s+ROWS$/);
    expect(lines[1]).toMatch(new RegExp(`^[0-9a-f]{7}  ${secondInput.slice(0, 7)}  commit\\s+1\\s+1\\s+0\\s+0\\s+2$`));
    expect(lines[2]).toMatch(new RegExp(`^[0-9a-f]{7}  ${firstInput.slice(0, 7)}  commit\\s+2\\s+0\\s+0\\s+0\\s+2$`));

    const old = await run('get', 'stats/results', '--input-commit', firstInput.slice(0, 8));
    expect(old.out).toBe('gorilla/mux, 0, 6661\npkg/errors, 0, 2108\n');
    const current = await run('get', 'stats/results');
    expect(current.out).toBe('pkg/errors, 0, 2108\nspf13/cobra, 4, 14378\n');
    expect((await run('get', 'projects/projects.txt', '--at', 'tusk/main~1')).out).toBe('pkg/errors\ngorilla/mux\n');

    const text = await run('diff', 'tusk/main~1', 'tusk/main');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/added\s+spf13\/cobra\s+4\s+14,378/);
    expect(text.out).toMatch(/removed\s+gorilla\/mux\s+0\s+6,661/);
    const json = JSON.parse((await run('diff', 'tusk/main~1', 'tusk/main', '--format', 'json')).out);
    expect(json.added).toEqual([{ repo: 'spf13/cobra', deps: 4, lines: 14378 }]);
    const markdown = await run('diff', 'tusk/main~1', 'tusk/main', '--format', 'markdown');
    expect(markdown.out).toContain('| added | spf13\\/cobra | 4 | 14,378 |');
  });

  it('says what is wrong, with a non-zero exit, for bad input', async () => {
    const noData = await run('log');
    expect(noData.err).toContain('tusk/main has no data commits yet');
    const getNoData = await run('get', 'stats/results');
    expect(getNoData.code).toBe(1);
    expect(getNoData.err).toBe('tusk: tusk/main has no data yet: run the pipeline first\n');

    await run('run', '--sources', SOURCES);
    const unknownRef = await run('get', 'stats/results', '--at', 'no-such-ref');
    expect(unknownRef.code).toBe(1);
    expect(unknownRef.err).toContain('no commit "no-such-ref"');
    const later = commitLocal(repo, { 'README.md': 'x\n' }, 'never processed');
    const unprocessed = await run('get', 'stats/results', '--input-commit', later);
    expect(unprocessed.code).toBe(1);
    expect(unprocessed.err).toContain(`no data commit on tusk/main was made from ${later.slice(0, 7)}`);
    const missingFile = await run('get', 'stats/nothing');
    expect(missingFile.err).toContain('no file "stats/nothing"');
    const notData = await run('diff', 'main', 'tusk/main');
    expect(notData.code).toBe(1);
    expect(notData.err).toContain('is not a Tusk data commit');
    const usage = await run('diff', 'only-one');
    expect(usage.code).toBe(2);
    const both = await run('get', 'stats/results', '--at', 'tusk/main', '--input-commit', later);
    expect(both.code).toBe(2);
  });

  it('takes whole numbers of 1 or more for -n and --concurrency, and --input on run only: anything else is bad usage', async () => {
    await run('run', '--sources', SOURCES);
    commitLocal(repo, { 'more.txt': 'spf13/cobra\n' }, 'a second input file');
    expect((await run('run', '--sources', SOURCES, '--input', 'projects.txt', 'more.txt')).out).toContain('1 computed, 2 reused');
    for (const value of ['abc', '0', '-1', '1.5', '2x', '99999999999999999999']) {
      const log = await run('log', '-n', value);
      expect(log.code).toBe(2);
      expect(log.err).toContain(`argument '${value}' is invalid. give a whole number of 1 or more.`);
      expect((await run('run', '--sources', SOURCES, '--concurrency', value)).code).toBe(2);
    }
    const one = await run('log', '-n', '1', '--json');
    expect(one.code).toBe(0);
    expect(one.out.trim().split('\n')).toHaveLength(1);
    expect(git(repo, 'rev-list', '--count', 'tusk/main')).toBe('2');
    const input = await run('log', '--input', 'projects.txt');
    expect(input.code).toBe(2);
    expect(input.err).toContain("unknown option '--input'");
  });

  it('prints an empty data file as nothing, not as an empty line', async () => {
    commitLocal(repo, { 'projects.txt': '# no names yet\n' }, 'empty the input');
    expect((await run('run', '--sources', SOURCES)).code).toBe(0);
    const results = await run('get', 'stats/results');
    expect(results).toEqual({ code: 0, out: '', err: '' });
    const input = await run('get', 'projects/projects.txt');
    expect(input.out).toBe('# no names yet\n');
  });

  it('says which folder is missing when --local names none', async () => {
    const missing = await run('log', '--local', `${repo}/no-such-repo`);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`tusk: ${repo}/no-such-repo: no such folder\n`);
  });

  it('a missing --sources entry is a failed datum; the others are committed', async () => {
    commitLocal(repo, { 'projects.txt': 'pkg/errors\nnobody/nothing\n' }, 'add a missing one');
    const result = await run('run', '--sources', SOURCES);
    expect(result.code).toBe(0);
    expect(result.out).toContain('2 computed, 0 reused, 1 failed');
    expect(git(repo, 'show', 'tusk/main:stats/records.jsonl')).toContain(`"error":"no source for nobody/nothing in ${SOURCES}`);
    expect(git(repo, 'show', 'tusk/main:stats/results')).toBe('pkg/errors, 0, 2108');
  });

  it('refuses a sources folder, a data branch or a repository that is not there, before computing anything', async () => {
    const noSources = await run('run', '--sources', `${repo}/no-such-folder`);
    expect(noSources.code).toBe(1);
    expect(noSources.err).toContain(`tusk: ${repo}/no-such-folder: no such folder of sources`);
    const badBranch = await run('run', '--sources', SOURCES, '--data-branch', 'tusk/..{branch}');
    expect(badBranch.code).toBe(1);
    expect(badBranch.err).toContain('tusk: data branch "tusk/..main" (from "tusk/..{branch}") is not a valid branch name');
    expect(git(repo, 'branch', '--list', 'tusk/*')).toBe('');
    const outside = tempDir();
    try {
      const notRepo = await tusk(['log'], { cwd: outside.path });
      expect(notRepo.code).toBe(1);
      expect(notRepo.err).toBe(`tusk: ${outside.path} is not in a git repository: run tusk in a clone, or name one with --local DIR or --github OWNER/REPO\n`);
    } finally {
      outside.cleanup();
    }
  });

  it('run warns when the working tree input differs from HEAD, and fails after committing for invalid lines', async () => {
    commitLocal(repo, { 'projects.txt': 'pkg/errors\nnot/a/name\n' }, 'bad line');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${repo}/projects.txt`, 'pkg/errors\nuncommitted/name\n');
    const result = await run('run', '--sources', SOURCES);
    expect(result.err).toContain('warning: projects.txt has uncommitted changes: the pipeline reads the committed version at HEAD');
    expect(result.err).toContain('projects.txt:2: not a repository name: "not/a/name"');
    expect(result.code).toBe(1);
    expect(git(repo, 'show', 'tusk/main:stats/results')).toBe('pkg/errors, 0, 2108');
  });

  it('has help for every command', async () => {
    for (const command of ['stats', 'put', 'run', 'log', 'get', 'diff', 'demo']) {
      const help = await run(command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`^Usage: tusk ${command} `));
    }
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'frobnicate'");
  });

  it('shows progress on a terminal, and plain lines otherwise', async () => {
    const tty = await tusk(['run', '--sources', SOURCES], { cwd: repo, isTTY: true });
    expect(tty.err).toContain('repositories 2/2, 0 reused, 0 failed');
    expect(tty.err).not.toContain('computed pkg/errors');
    commitLocal(repo, { 'projects.txt': 'pkg/errors\ngorilla/mux\nspf13/cobra\n' }, 'one more');
    const plain = await run('run', '--sources', SOURCES);
    expect(plain.err).toContain('computed spf13/cobra: 4 deps, 14378 lines');
  });

  it('put keeps a file with CRLF line ends CRLF', async () => {
    commitLocal(repo, { 'projects.txt': 'pkg/errors\r\ngorilla/mux' }, 'written on Windows, no final line end');
    expect((await run('put', 'a/one', 'b/two')).code).toBe(0);
    expect(git(repo, 'show', 'main:projects.txt')).toBe('pkg/errors\r\ngorilla/mux\r\na/one\r\nb/two');
  });

  it('run and put work on a bare repository, which has no work tree to keep in step', async () => {
    const bare = `${dir.path}-bare.git`;
    git(dir.path, 'clone', '--quiet', '--bare', repo, bare);
    try {
      const put = await tusk(['put', 'spf13/cobra', '--local', bare], { cwd: repo });
      expect(put.code).toBe(0);
      const result = await tusk(['run', '--sources', SOURCES, '--local', bare], { cwd: repo });
      expect(result.err).not.toMatch(/fatal:|git [a-z-]+ failed/); // no git error
      expect(result.code).toBe(0);
      expect(git(bare, 'show', 'tusk/main:stats/results')).toBe('gorilla/mux, 0, 6661\npkg/errors, 0, 2108\nspf13/cobra, 4, 14378');
    } finally {
      git(dir.path, 'clean', '-fdxq');
      (await import('node:fs')).rmSync(bare, { recursive: true, force: true });
    }
  });

  it('log shows a commit on the data branch that Tusk did not make, and run builds on it', async () => {
    await run('run', '--sources', SOURCES);
    const dataHead = git(repo, 'rev-parse', 'tusk/main');
    git(repo, 'switch', '--quiet', 'tusk/main');
    commitLocal(repo, { 'README.md': '# data\n' }, 'Add a README');
    git(repo, 'switch', '--quiet', 'main');
    const log = await run('log');
    expect(log.out.split('\n')[1]).toMatch(/^[0-9a-f]{7} {2}-\s+not Tusk/);
    expect(log.err).toMatch(/^[0-9a-f]{7} is not a data commit \("Add a README"\): Tusk builds on it$/m);
    commitLocal(repo, { 'projects.txt': 'pkg/errors\n' }, 'fewer');
    const result = await run('run', '--sources', SOURCES);
    expect(result.code).toBe(0);
    expect(result.err).toContain('warning: tusk/main has 1 commit that Tusk did not make on top of its data');
    expect(git(repo, 'rev-parse', 'tusk/main~2')).toBe(dataHead);
    expect(git(repo, 'show', 'tusk/main:README.md')).toBe('# data');
  });
});
