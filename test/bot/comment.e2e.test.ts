import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { expectedStats, seedGoRepo, type GoRepoSpec } from '../support/go-repos.js';
import { pullRequestEvent, pushEvent, runAction, type ActionEvent } from '../support/run-action.js';

const spec = (repo: string, deps: string[], bodyLines: number): GoRepoSpec => ({ owner: 'go', repo, deps, bodyLines });
const SPECS = [spec('a', [], 1), spec('b', ['example.com/x'], 2), spec('c', ['example.com/x', 'example.com/y'], 3), spec('d', [], 40)];
const BASE_INPUT = 'go/a\ngo/b\ngo/c\n';

function pullEvent(name: 'pull_request' | 'pull_request_target', number: number, mergeSha: string | null, headSha: string, baseSha: string): ActionEvent {
  return pullRequestEvent({ number, mergeSha, headSha, baseSha }, name);
}

describe('the bot (comment mode)', () => {
  let emulator: GitHubEmulator;
  let bare: string;

  beforeEach(async () => {
    emulator = await GitHubEmulator.start({ tokens: { 'test-token': 'write', 'read-token': 'read' } });
    for (const s of SPECS) await seedGoRepo(emulator, s);
    await emulator.createRepo('acme', 'data');
    bare = emulator.repoDir('acme', 'data');
    const base = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': BASE_INPUT }, 'projects');
    const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, base) });
    expect(run.exitCode).toBe(0);
  });
  afterEach(() => emulator.close());

  /** Opens a pull request from `feature` (of `headOwner`'s repository) that sets projects.txt. */
  async function openPull(projects: string, headOwner = 'acme') {
    if (headOwner !== 'acme') await emulator.forkRepo('acme', 'data', headOwner);
    await emulator.commitFiles(headOwner, 'data', 'feature', { 'projects.txt': projects }, 'change projects', { from: 'main' });
    return emulator.createPullRequest({ owner: 'acme', repo: 'data', base: 'main', head: { owner: headOwner, repo: 'data', branch: 'feature' } });
  }

  it('comments the data diff of a pull request that adds and removes names, once, and updates it in place', async () => {
    const dataHead = git(bare, 'rev-parse', 'tusk/main');
    const pull = await openPull('go/a\ngo/c\ngo/d\n');
    emulator.resetLog();
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pullEvent('pull_request', pull.number, pull.mergeSha, pull.headSha, pull.baseSha),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ added: '1', removed: '1', changed: '0', processed: '1', reused: '2', 'data-commit': dataHead });
    expect(emulator.count('GET', /^\/_codeload\//)).toBe(1); // only go/d: the rest is reused from the base data branch

    const comments = emulator.comments('acme', 'data', pull.number);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    // The marker, first: the data branch, and the head and base data commit the comment describes.
    expect(body.startsWith(`<!-- tusk:data-diff tusk%2Fmain head=${pull.headSha} base=${dataHead} -->\n`)).toBe(true);
    const d = expectedStats(SPECS[3]!);
    const b = expectedStats(SPECS[1]!);
    expect(body).toContain(`| added | go\\/d | ${d.deps} | ${d.lines} |`);
    expect(body).toContain(`| removed | go\\/b | ${b.deps} | ${b.lines} |`);
    expect(body).toContain(dataHead.slice(0, 7));
    expect(body).toContain(pull.mergeSha!.slice(0, 7));
    expect(body).toContain('2 repositories unchanged');
    expect(run.outputs['comment-url']).toBe(comments[0]!.html_url);
    expect(run.summary).toContain('| added | go\\/d |');
    // The data branch is read, never written.
    expect(git(bare, 'rev-parse', 'tusk/main')).toBe(dataHead);
    expect(emulator.requests.filter((r) => r.method !== 'GET' && r.path.includes('/git/'))).toHaveLength(0);

    // A later push to the pull request: the same comment, updated.
    await emulator.commitFiles('acme', 'data', 'feature', { 'projects.txt': 'go/a\ngo/d\n' }, 'drop c too');
    const updated = await emulator.updatePullRequest('acme', 'data', pull.number);
    const again = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pullEvent('pull_request', pull.number, updated.mergeSha, updated.headSha, updated.baseSha),
    });
    expect(again.exitCode).toBe(0);
    const after = emulator.comments('acme', 'data', pull.number);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(comments[0]!.id);
    expect(after[0]!.body).toContain('| removed | go\\/c |');
    expect(again.outputs).toMatchObject({ added: '1', removed: '2' });
  });

  it('a pull request that changes no data creates no comment', async () => {
    const pull = await openPull(`# reordered and commented\ngo/c\ngo/b\nGO/A\n`);
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pullEvent('pull_request', pull.number, pull.mergeSha, pull.headSha, pull.baseSha),
    });
    expect(run.exitCode).toBe(0);
    expect(emulator.comments('acme', 'data', pull.number)).toHaveLength(0);
    expect(run.outputs['comment-url']).toBe('');
    expect(run.stdout).toContain('changes no data');
  });

  it('works for a fork pull request under pull_request_target, reading it only through the API', async () => {
    const pull = await openPull('go/a\ngo/b\ngo/c\ngo/d\n', 'outsider');
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pullEvent('pull_request_target', pull.number, pull.mergeSha, pull.headSha, pull.baseSha),
    });
    expect(run.exitCode).toBe(0);
    const comments = emulator.comments('acme', 'data', pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('| added | go\\/d |');
  });

  it('a comment write refused for a read-only token fails the step, naming the permission', async () => {
    const pull = await openPull('go/a\ngo/d\n');
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      token: 'read-token',
      event: pullEvent('pull_request', pull.number, pull.mergeSha, pull.headSha, pull.baseSha),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::cannot write the pull request comment: .*pull-requests: write/);
    expect(emulator.comments('acme', 'data', pull.number)).toHaveLength(0);
    // The report is not lost with the comment: the job summary and the outputs still have it.
    expect(run.summary).toContain('go\\/d');
    expect(run.outputs).toMatchObject({ added: '1', 'comment-url': '' });
  });

  it('under a spent quota, shows what it could not compute as pending, with when the quota resets, and succeeds', async () => {
    emulator.copyRepo(
      'go',
      'a',
      Array.from({ length: 30 }, (_, i) => `copy${i}`),
    );
    const pull = await openPull(`${BASE_INPUT}${Array.from({ length: 30 }, (_, i) => `go/copy${i}`).join('\n')}\n`);
    // The bot's own reads, and the comment's share kept back: room for a few datums only.
    emulator.setTokenLimit('test-token', 40);
    emulator.resetQuota();
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pullEvent('pull_request', pull.number, pull.mergeSha, pull.headSha, pull.baseSha),
      inputs: { download: 'api' },
    });
    expect(run.exitCode).toBe(0);
    const pending = Number(run.outputs.pending);
    const processed = Number(run.outputs.processed);
    expect(pending).toBeGreaterThan(0);
    expect(processed).toBeGreaterThan(0);
    expect(pending + processed).toBe(30);
    expect(emulator.primaryLimitRefusals.total).toBe(0);
    const body = emulator.comments('acme', 'data', pull.number)[0]!.body;
    expect(body).toContain(`**Pending (${pending})**: not computed yet, so not in the results; the run stopped before the API quota ran out, which resets at `);
    expect(body).toContain(`${processed} added`);
    expect(run.summary).toContain(`**Pending (${pending})**`);
    expect(run.stdout).toContain(`::warning title=Pending datums::${pending} datums pending: the run stopped before the API quota ran out`);
  });

  it('a pull request that deletes the input file shows every row removed', async () => {
    await emulator.commitFiles('acme', 'data', 'feature', { 'projects.txt': null }, 'delete the input', { from: 'main' });
    const pull = await emulator.createPullRequest({ owner: 'acme', repo: 'data', base: 'main', head: { owner: 'acme', repo: 'data', branch: 'feature' } });
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pullEvent('pull_request', pull.number, pull.mergeSha, pull.headSha, pull.baseSha),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ removed: '3', added: '0', processed: '0' });
    const body = emulator.comments('acme', 'data', pull.number)[0]!.body;
    for (const name of ['a', 'b', 'c']) expect(body).toContain(`| removed | go\\/${name} |`);
    expect(run.stdout).toContain('::warning::no input file matches "projects.txt"');
  });

  it('invalid lines in a pull request are shown with file and line, escaped, and fail the step', async () => {
    const pull = await openPull('go/a\n@everyone <b>x</b>\ngo/b\ngo/c\n');
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pullEvent('pull_request', pull.number, pull.mergeSha, pull.headSha, pull.baseSha),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('file=projects.txt,line=2::not a GitHub repository name: "@everyone <b>x</b>"');
    const body = emulator.comments('acme', 'data', pull.number)[0]!.body;
    expect(body).toContain('line 2');
    // In a code span: GitHub shows it literally, with no mention and no HTML.
    expect(body).toContain('`@everyone <b>x</b>`');
  });
});
