import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { seedGoRepo } from '../support/go-repos.js';
import { pushEvent, runAction } from '../support/run-action.js';

describe('the action on schedule (refresh mode)', () => {
  let emulator: GitHubEmulator;

  beforeAll(async () => {
    emulator = await GitHubEmulator.start();
    for (const name of ['a', 'b', 'c']) await seedGoRepo(emulator, { owner: 'go', repo: name, deps: [], bodyLines: 1 });
    await emulator.createRepo('acme', 'data');
  });
  afterAll(() => emulator.close());

  it('re-checks every head with conditional requests and recomputes only the repository that moved', async () => {
    const source = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\ngo/b\ngo/c\n' }, 'projects');
    expect((await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, source) })).exitCode).toBe(0);
    const bare = emulator.repoDir('acme', 'data');
    const before = git(bare, 'rev-parse', 'tusk/main');

    const moved = await emulator.commitFiles('go', 'b', 'main', { 'extra.go': 'package main\n\nimport "example.com/new"\n' }, 'upstream moves');
    emulator.resetLog();
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: { name: 'schedule', ref: 'refs/heads/main', sha: source, payload: { schedule: '0 3 * * *' } },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ processed: '1', reused: '2', failed: '0', changed: '1', added: '0', removed: '0' });
    expect(emulator.count('GET', /^\/_codeload\//)).toBe(1);
    expect(emulator.requests.filter((r) => /\/commits\/HEAD$/.test(r.path) && r.status === 304)).toHaveLength(2);
    expect(emulator.count('GET', /\/commits\/HEAD$/)).toBe(3); // the moved head is asked for once, not again to compute it
    expect(git(bare, 'rev-parse', 'tusk/main^')).toBe(before); // one commit on top
    expect(git(bare, 'log', '-1', '--format=%(trailers:key=Tusk-Mode,valueonly)', 'tusk/main')).toBe('refresh');
    const record = git(bare, 'show', 'tusk/main:stats/records.jsonl')
      .split('\n')
      .find((line) => line.includes('"go/b"'))!;
    expect(JSON.parse(record)).toMatchObject({ commit: moved, deps: 1, files: 3 });
  });

  it('a refresh with nothing moved still records the check, computing nothing', async () => {
    emulator.resetLog();
    const head = git(emulator.repoDir('acme', 'data'), 'rev-parse', 'main');
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: { name: 'workflow_dispatch', ref: 'refs/heads/main', sha: head, payload: {} },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ processed: '0', reused: '3', changed: '0' });
    expect(emulator.count('GET', /^\/_codeload\//)).toBe(0);
  });

  it('the force input computes the named datums again, whatever the mode, and a bad name changes nothing', async () => {
    const bare = emulator.repoDir('acme', 'data');
    const head = git(bare, 'rev-parse', 'main');
    const dispatch = { name: 'workflow_dispatch', ref: 'refs/heads/main', sha: head, payload: {} };
    const before = git(bare, 'rev-parse', 'tusk/main');
    const bad = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: dispatch, inputs: { force: 'go/a\nnot a name' } });
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stdout).toContain('input "force" must be repository names (owner/repo) or "all", got "not"');
    expect(git(bare, 'rev-parse', 'tusk/main')).toBe(before);

    emulator.resetLog();
    const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: dispatch, inputs: { force: 'GO/A\n', mode: 'commit' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ processed: '1', reused: '2', changed: '0' });
    expect(emulator.count('GET', /^\/_codeload\//)).toBe(1);
    const message = git(bare, 'log', '-1', '--format=%B', 'tusk/main');
    expect(message).toContain('Computed again by request: go/a.');
    expect(git(bare, 'rev-parse', 'tusk/main^')).toBe(before);
  });
});
