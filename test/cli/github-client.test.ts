import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';
import { seedGoRepo } from '../support/go-repos.js';
import { pushEvent, runAction } from '../support/run-action.js';
import { tusk } from '../support/run-cli.js';

describe('tusk client commands against GitHub (the emulator)', () => {
  let emulator: GitHubEmulator;
  let dir: ReturnType<typeof tempDir>;
  let env: Record<string, string>;
  const run = (...argv: string[]) => tusk(argv, { cwd: dir.path, env });

  beforeAll(async () => {
    emulator = await GitHubEmulator.start();
    for (const name of ['a', 'b', 'c']) await seedGoRepo(emulator, { owner: 'go', repo: name, deps: [`example.com/${name}`], bodyLines: 2 });
    await emulator.createRepo('acme', 'data');
    await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\n' }, 'projects');
    dir = tempDir();
    env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: emulator.url, GITHUB_SERVER_URL: emulator.serverUrl };
  });
  afterAll(async () => {
    await emulator.close();
    dir.cleanup();
  });

  it('put, run, log, get and diff work through the API with the same layout and rules', async () => {
    const put = await run('put', '--github', 'acme/data', '--each', 'go/b', 'go/c');
    expect(put.code).toBe(0);
    const bare = emulator.repoDir('acme', 'data');
    expect(git(bare, 'show', 'main:projects.txt')).toBe('go/a\ngo/b\ngo/c');
    expect(git(bare, 'log', '--format=%s', '-2', 'main')).toBe('tusk put: add go/c\ntusk put: add go/b');

    const first = await run('run', '--github', 'acme/data');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/: 3 computed, 0 reused, 0 failed/);
    const again = await run('run', '--github', 'acme/data');
    expect(again.out).toContain('nothing to do');
    expect(git(bare, 'rev-list', '--count', 'tusk/main')).toBe('1');

    const log = await run('log', '--github', 'acme/data');
    expect(log.out.split('\n')[1]).toMatch(new RegExp(`^${git(bare, 'rev-parse', '--short=7', 'tusk/main')}  ${git(bare, 'rev-parse', '--short=7', 'main')}`));
    const results = await run('get', 'stats/results', '--github', 'acme/data', '--input-commit', git(bare, 'rev-parse', 'main'));
    expect(results.out).toBe(git(bare, 'show', 'tusk/main:stats/results') + '\n');

    await run('put', '--github', 'acme/data', 'nobody/missing');
    await run('run', '--github', 'acme/data');
    const diff = await run('diff', '--github', 'acme/data', 'tusk/main~1', 'tusk/main', '--format', 'json');
    expect(JSON.parse(diff.out).failed).toEqual([{ repo: 'nobody/missing', error: expect.stringContaining('not found') }]);
  });

  it('fails clearly without a token, for an unknown repository, and for a branch with no data', async () => {
    const noToken = await tusk(['log', '--github', 'acme/data'], {
      cwd: dir.path,
      env: { GITHUB_API_URL: emulator.url, GITHUB_SERVER_URL: emulator.serverUrl },
    });
    expect(noToken.code).toBe(1);
    expect(noToken.err).toBe('tusk: --github needs a token: set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token))\n');
    const unknown = await run('log', '--github', 'nobody/nothing');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('repository nobody/nothing not found');
    const noData = await run('get', 'stats/results', '--github', 'acme/data', '--data-branch', 'tusk/elsewhere');
    expect(noData.code).toBe(1);
    expect(noData.err).toContain('tusk/elsewhere has no data yet');
  });

  it("tusk run on a clone gives the Action's results byte for byte", async () => {
    await emulator.createRepo('acme', 'same');
    const source = await emulator.commitFiles('acme', 'same', 'main', { 'projects.txt': 'go/c\ngo/a\nGO/B\n' }, 'projects');
    const action = await runAction({ apiUrl: emulator.url, repository: 'acme/same', event: pushEvent('main', null, source) });
    expect(action.exitCode).toBe(0);
    const clone = `${dir.path}/clone`;
    git(dir.path, 'clone', '--quiet', emulator.repoDir('acme', 'same'), clone);
    const local = await tusk(['run'], { cwd: clone, env });
    expect(local.code).toBe(0);
    const bare = emulator.repoDir('acme', 'same');
    for (const path of ['stats/results', 'stats/records.jsonl', 'projects/projects.txt']) {
      expect(git(clone, 'show', `tusk/main:${path}`)).toBe(git(bare, 'show', `tusk/main:${path}`));
    }
    expect(git(clone, 'rev-parse', 'tusk/main^{tree}')).toBe(git(bare, 'rev-parse', 'tusk/main^{tree}'));
  });

  it('without a token, tusk run downloads from the source-archive URLs and spends no API quota on datums', async () => {
    await emulator.createRepo('acme', 'anonymous');
    await emulator.commitFiles('acme', 'anonymous', 'main', { 'projects.txt': 'go/a\ngo/b\ngo/c\nnobody/missing\n' }, 'projects');
    const clone = `${dir.path}/anonymous`;
    git(dir.path, 'clone', '--quiet', emulator.repoDir('acme', 'anonymous'), clone);
    emulator.resetLog();
    emulator.resetQuota();
    const local = await tusk(['run'], { cwd: clone, env: { GITHUB_API_URL: emulator.url, GITHUB_SERVER_URL: emulator.serverUrl } });
    expect(local.code).toBe(0);
    expect(local.out).toMatch(/: 4 computed, 0 reused, 1 failed/);
    expect(emulator.requests.filter((r) => r.path.startsWith('/repos/'))).toEqual([]);
    expect(emulator.quota(null).used).toBe(0);
    expect(emulator.count('GET', /^\/go\/[abc]\/archive\/HEAD\.tar\.gz$/)).toBe(3);
    expect(git(clone, 'show', 'tusk/main:stats/records.jsonl')).toContain(
      '"error":"repository nobody/missing not found, or not public (archive downloads serve public repositories only',
    );
  });

  it('tusk run stopped by the API quota says when it resets, and commits what it finished', async () => {
    const limited = await GitHubEmulator.start({ quota: { limit: 40 } });
    try {
      await seedGoRepo(limited, { owner: 'go', repo: 'seed', deps: ['example.com/x'], bodyLines: 2 });
      const names = Array.from({ length: 60 }, (_, i) => `r${i}`);
      limited.copyRepo('go', 'seed', names);
      await limited.createRepo('acme', 'quota');
      await limited.commitFiles('acme', 'quota', 'main', { 'projects.txt': names.map((name) => `go/${name}\n`).join('') }, 'projects');
      const stopped = await tusk(['run', '--github', 'acme/quota', '--download', 'api'], {
        cwd: dir.path,
        env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: limited.url, GITHUB_SERVER_URL: limited.serverUrl },
      });
      expect(stopped.code).toBe(0);
      const pending = Number(/; (\d+) pending/.exec(stopped.out)?.[1]);
      expect(pending).toBeGreaterThan(0);
      expect(stopped.err).toMatch(
        new RegExp(
          `${pending} datums pending: the run stopped before the API quota ran out, which resets at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC; the next run continues`,
        ),
      );
      expect(git(limited.repoDir('acme', 'quota'), 'show', 'tusk/main:stats/records.jsonl').match(/"pending":true/g)).toHaveLength(pending);
    } finally {
      await limited.close();
    }
  });
});
