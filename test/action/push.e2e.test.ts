import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { expectedStats, seedGoRepo, type GoRepoSpec } from '../support/go-repos.js';
import { pushEvent, runAction } from '../support/run-action.js';
import { ENGINE_VERSION } from '../../src/stats/engine-version.js';

const REPOS: GoRepoSpec[] = [
  { owner: 'go', repo: 'alpha', deps: ['github.com/x/one', 'golang.org/x/net/http2'], bodyLines: 10 },
  { owner: 'go', repo: 'beta', deps: [], bodyLines: 3 },
  { owner: 'Go', repo: 'Gamma', deps: ['gopkg.in/yaml.v3'], bodyLines: 100 },
  { owner: 'go', repo: 'delta', deps: ['example.com/a', 'example.com/b', 'example.com/c'], bodyLines: 0 },
];

function resultLine(spec: GoRepoSpec, name = `${spec.owner}/${spec.repo}`): string {
  const stats = expectedStats(spec);
  return `${name}, ${stats.deps}, ${stats.lines}\n`;
}

describe('the action on push (commit mode), run as the runner runs dist/index.js', () => {
  let emulator: GitHubEmulator;
  const heads = new Map<string, string>();
  let bare: string;
  let lastPush: string | null = null;

  /** Commits projects.txt to acme/data and runs the action for that push. */
  async function push(projects: string, inputs: Record<string, string> = {}) {
    const before = lastPush;
    const sha = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': projects }, 'edit projects');
    lastPush = sha;
    emulator.resetLog();
    const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', before, sha), inputs });
    return { sha, run };
  }

  const show = (path: string): string => git(bare, 'show', `tusk/main:${path}`) + '\n';

  beforeAll(async () => {
    emulator = await GitHubEmulator.start({ tokens: { 'test-token': 'write', 'read-token': 'read' } });
    for (const spec of REPOS) heads.set(spec.repo, await seedGoRepo(emulator, spec));
    await emulator.createRepo('acme', 'data');
    bare = emulator.repoDir('acme', 'data');
  });
  afterAll(() => emulator.close());

  it('first push: creates the data branch as an orphan with results, records and the input', async () => {
    const { sha, run } = await push('# tracked\ngo/alpha\nhttps://github.com/go/beta.git  # trailing comment\n\ngithub.com/Go/Gamma\n');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ processed: '3', reused: '0', failed: '0', invalid: '0', added: '3', removed: '0', changed: '0' });
    expect(run.outputs['data-commit']).toBe(git(bare, 'rev-parse', 'tusk/main'));
    // projects.txt is a path, not a glob: it is read by path, without listing the source tree.
    expect(emulator.count('GET', new RegExp(`/git/trees/${sha}`))).toBe(0);

    expect(git(bare, 'rev-list', '--count', 'tusk/main')).toBe('1');
    expect(show('stats/results')).toBe(resultLine(REPOS[0]!) + resultLine(REPOS[1]!) + resultLine(REPOS[2]!));
    const records = show('stats/records.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.repo, r.commit, r.error])).toEqual([
      ['go/alpha', heads.get('alpha'), null],
      ['go/beta', heads.get('beta'), null],
      ['Go/Gamma', heads.get('Gamma'), null],
    ]);
    expect(records[0]).toEqual({ repo: 'go/alpha', commit: heads.get('alpha'), ...expectedStats(REPOS[0]!), unparsed: 0, error: null, engine: ENGINE_VERSION });
    expect(show('projects/projects.txt')).toBe(git(bare, 'show', `${sha}:projects.txt`) + '\n');
    expect(git(bare, 'log', '-1', '--format=%(trailers:key=Tusk-Input-Commit,valueonly)', 'tusk/main')).toBe(sha);
    expect(emulator.count('GET', /^\/_codeload\//)).toBe(3);
    expect(run.summary).toContain('| added | go\\/alpha | 2 | 19 |');
    // The token is masked first thing, and never printed otherwise.
    expect(run.stdout.split('\n')[0]).toBe('::add-mask::test-token');
    expect(run.stdout.split('test-token')).toHaveLength(2);
    expect(run.stdout).toMatch(
      /::group::Read input at [0-9a-f]{7}\n[\s\S]*::group::Compute stats\n[\s\S]*computed go\/alpha: 2 deps, 19 lines[\s\S]*::group::Commit to tusk\/main/,
    );
    git(bare, 'fsck', '--strict');
  });

  it('an incremental push that adds one name downloads exactly one tarball', async () => {
    const previous = git(bare, 'rev-parse', 'tusk/main');
    const { run } = await push('go/alpha\ngo/beta\nGo/Gamma\ngo/delta\n');
    expect(run.exitCode).toBe(0);
    expect(emulator.count('GET', /^\/_codeload\//)).toBe(1);
    expect(emulator.count('GET', /^\/repos\/go\/(alpha|beta|gamma)/i)).toBe(0); // reused with no request
    expect(run.outputs).toMatchObject({ processed: '1', reused: '3', added: '1', removed: '0' });
    expect(git(bare, 'rev-parse', 'tusk/main^')).toBe(previous); // fast-forward on the previous head
    // The previous head is read once, for its message; its tree is then known, not fetched again to commit on top.
    expect(emulator.count('GET', new RegExp(`/git/commits/${previous}`))).toBe(1);
    expect(show('stats/results')).toContain(resultLine(REPOS[3]!));
  });

  it('removing a name removes its row and record', async () => {
    const { run } = await push('go/alpha\nGo/Gamma\ngo/delta\n');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ processed: '0', reused: '3', removed: '1', added: '0' });
    expect(show('stats/results')).not.toContain('go/beta');
    expect(show('stats/records.jsonl')).not.toContain('go/beta');
    expect(emulator.count('GET', /^\/_codeload\//)).toBe(0);
  });

  it('an unchanged input still gets its data commit', async () => {
    const before = git(bare, 'rev-parse', 'tusk/main');
    const { sha, run } = await push('go/alpha\nGo/Gamma\ngo/delta\n');
    expect(run.exitCode).toBe(0);
    expect(git(bare, 'rev-parse', 'tusk/main^')).toBe(before);
    expect(git(bare, 'log', '-1', '--format=%(trailers:key=Tusk-Input-Commit,valueonly)', 'tusk/main')).toBe(sha);
  });

  it('invalid lines are annotated with file and line; the valid data is committed, then the step fails', async () => {
    const { sha, run } = await push('go/alpha\ngitlab.com/x/y\nGo/Gamma\n  not a name at all  \ngo/delta\n');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error title=Invalid input line,file=projects.txt,line=2::not a GitHub repository name: "gitlab.com/x/y"');
    expect(run.stdout).toContain('file=projects.txt,line=4::not a GitHub repository name: "not a name at all"');
    expect(run.stdout).toMatch(/::error::2 invalid input lines/);
    expect(run.outputs.invalid).toBe('2');
    expect(git(bare, 'log', '-1', '--format=%(trailers:key=Tusk-Input-Commit,valueonly)', 'tusk/main')).toBe(sha);
    expect(show('stats/results').trim().split('\n')).toHaveLength(3);
  });

  it('a missing repository gets a record with an error and does not stop the others', async () => {
    const { run } = await push('go/alpha\nGo/Gamma\ngo/delta\nnobody/missing\n');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ processed: '1', reused: '3', failed: '1' });
    const record = JSON.parse(
      show('stats/records.jsonl')
        .split('\n')
        .find((line) => line.includes('nobody/missing'))!,
    );
    expect(record).toEqual({
      repo: 'nobody/missing',
      commit: null,
      files: null,
      lines: null,
      deps: null,
      unparsed: null,
      error: expect.stringContaining('not found'),
      engine: ENGINE_VERSION,
    });
    expect(show('stats/results')).not.toContain('nobody/missing');
  });

  it('a token that may not write contents fails the step, naming the permission, and moves nothing', async () => {
    const before = git(bare, 'rev-parse', 'tusk/main');
    const sha = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/alpha\ngo/beta\n' }, 'read-only run');
    const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', token: 'read-token', event: pushEvent('main', lastPush, sha) });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::cannot write branch tusk/main of acme/data on GitHub: the token is not allowed to (HTTP 403: Resource not accessible by integration',
    );
    expect(run.stdout).toContain('Give the job `permissions: contents: write`');
    expect(git(bare, 'rev-parse', 'tusk/main')).toBe(before);
  });

  it('a failed datum is retried on the next run', async () => {
    await emulator.createRepo('nobody', 'missing');
    await emulator.commitFiles('nobody', 'missing', 'main', { 'a.go': 'package a\n' }, 'now it exists');
    const { run } = await push('go/alpha\nGo/Gamma\ngo/delta\nnobody/missing\n# retry\n');
    expect(run.outputs).toMatchObject({ processed: '1', reused: '3', failed: '0', added: '1' });
    expect(show('stats/results')).toContain('nobody/missing, 0, 1\n');
  });
});
