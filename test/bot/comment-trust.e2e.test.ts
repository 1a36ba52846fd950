import { Octokit } from '@octokit/rest';
import { GITHUB_ACTIONS_BOT, GitHubEmulator, type PullRequestInfo, type TokenIdentity } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { seedGoRepo } from '../support/go-repos.js';
import { pullRequestEvent, pushEvent, runAction, type ActionRun } from '../support/run-action.js';

const MALLORY: TokenIdentity = { kind: 'user', login: 'mallory', id: 666 };
const APP: TokenIdentity = { kind: 'app', login: 'tusk-data[bot]', id: 9001 };
const ADMIN: TokenIdentity = { kind: 'user', login: 'octo-admin', id: 5 };

/** The bot's token acting as each kind of account GitHub has, and the planter's token. */
const TOKENS = { 'actions-token': 'write', 'app-token': 'write', 'pat-token': 'write', 'mallory-token': 'write' } as const;
const IDENTITIES = { 'actions-token': GITHUB_ACTIONS_BOT, 'app-token': APP, 'pat-token': ADMIN, 'mallory-token': MALLORY };

describe('the bot writes only its own comment, and never an older state over a newer one', () => {
  let emulator: GitHubEmulator;
  let mallory: Octokit;
  let dataHead: string;

  beforeEach(async () => {
    emulator = await GitHubEmulator.start({ tokens: { ...TOKENS }, identities: IDENTITIES });
    mallory = new Octokit({ auth: 'mallory-token', baseUrl: emulator.url });
    for (const repo of ['a', 'b', 'c']) await seedGoRepo(emulator, { owner: 'go', repo, deps: [], bodyLines: repo.charCodeAt(0) - 96 });
    await emulator.createRepo('acme', 'data');
    const base = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\n' }, 'projects');
    expect((await runAction({ apiUrl: emulator.url, repository: 'acme/data', token: 'actions-token', event: pushEvent('main', null, base) })).exitCode).toBe(0);
    dataHead = git(emulator.repoDir('acme', 'data'), 'rev-parse', 'tusk/main');
  });
  afterEach(() => emulator.close());

  async function openPull(projects: string): Promise<PullRequestInfo> {
    await emulator.commitFiles('acme', 'data', 'feature', { 'projects.txt': projects }, 'change projects', { from: 'main' });
    return emulator.createPullRequest({ owner: 'acme', repo: 'data', base: 'main', head: { owner: 'acme', repo: 'data', branch: 'feature' } });
  }

  async function pushToPull(pull: PullRequestInfo, projects: string): Promise<PullRequestInfo> {
    await emulator.commitFiles('acme', 'data', 'feature', { 'projects.txt': projects }, 'more projects');
    return emulator.updatePullRequest('acme', 'data', pull.number);
  }

  const comment = (pull: PullRequestInfo, token: string): Promise<ActionRun> =>
    runAction({ apiUrl: emulator.url, repository: 'acme/data', token, event: pullRequestEvent(pull) });

  function plant(pull: PullRequestInfo, body: string): Promise<number> {
    return mallory.rest.issues.createComment({ owner: 'acme', repo: 'data', issue_number: pull.number, body }).then(({ data }) => data.id);
  }

  it.each([
    ['GITHUB_TOKEN', 'actions-token', GITHUB_ACTIONS_BOT],
    ['an app installation token', 'app-token', APP],
    ['a personal token', 'pat-token', ADMIN],
  ] as const)('with %s: a marker planted before and after its first comment is ignored and left alone', async (_kind, token, identity) => {
    let pull = await openPull('go/a\ngo/b\n');
    const early = await plant(pull, '<!-- tusk:data-diff tusk%2Fmain -->\nAll good, nothing to see.');
    const first = await comment(pull, token);
    expect(first.exitCode).toBe(0);

    const own = () => emulator.comments('acme', 'data', pull.number).filter((c) => c.user.id === identity.id);
    expect(own()).toHaveLength(1);
    expect(own()[0]!.user.login).toBe(identity.login);
    expect(own()[0]!.body).toContain('| added | go\\/b |');
    const planted = () => emulator.comments('acme', 'data', pull.number).filter((c) => c.user.login === 'mallory');
    expect(planted().map((c) => [c.id, c.body])).toEqual([[early, '<!-- tusk:data-diff tusk%2Fmain -->\nAll good, nothing to see.']]);
    expect(first.outputs['comment-url']).toBe(own()[0]!.html_url);

    // A copy of the bot's whole comment, marker line and all, posted under another name.
    const copy = await plant(pull, own()[0]!.body);
    pull = await pushToPull(pull, 'go/a\ngo/b\ngo/c\n');
    const second = await comment(pull, token);
    expect(second.exitCode).toBe(0);
    expect(own()).toHaveLength(1);
    expect(own()[0]!.body).toContain('| added | go\\/c |');
    expect(planted().map((c) => c.id)).toEqual([early, copy]);
    expect(planted()[1]!.body).not.toContain('go\\/c');
    expect(planted()[1]!.updated_at).toBe(planted()[1]!.created_at);
  });

  it('finds who a personal token is through GET /user when GraphQL cannot answer', async () => {
    const pull = await openPull('go/a\ngo/b\n');
    await plant(pull, '<!-- tusk:data-diff tusk%2Fmain -->\nplanted');
    emulator.inject({ method: 'POST', path: '/graphql', status: 403, body: { message: 'Resource not accessible by personal access token' } });
    const run = await comment(pull, 'pat-token');
    expect(run.exitCode).toBe(0);
    expect(emulator.count('GET', /^\/user$/)).toBe(1);
    const comments = emulator.comments('acme', 'data', pull.number);
    expect(comments.map((c) => c.user.login)).toEqual(['mallory', 'octo-admin']);
  });

  it('a token whose account cannot be told fails the comment clearly, and edits nothing', async () => {
    const pull = await openPull('go/a\ngo/b\n');
    const planted = await plant(pull, '<!-- tusk:data-diff tusk%2Fmain -->\nplanted');
    emulator.inject({ method: 'POST', path: '/graphql', status: 403, body: { message: 'Resource not accessible by personal access token' } });
    const run = await comment(pull, 'actions-token'); // GET /user refuses installation tokens
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('cannot tell which account the token acts as');
    expect(run.stdout).toContain('GET /user: Resource not accessible by integration');
    expect(emulator.comments('acme', 'data', pull.number).map((c) => [c.id, c.body])).toEqual([[planted, '<!-- tusk:data-diff tusk%2Fmain -->\nplanted']]);
    expect(run.summary).toContain('go\\/b'); // the report still reaches the job summary
  });

  /** A gate: requests held on it are answered when it opens. */
  function gate(): { until: Promise<void>; open: () => void } {
    let open!: () => void;
    const until = new Promise<void>((resolve) => (open = resolve));
    return { until, open };
  }

  /** Whether a request to `path` has arrived and waits for its answer. */
  const waiting = (path: RegExp) => () => emulator.requests.some((r) => path.test(r.path) && r.status === 0);
  const PULL = /^\/repos\/acme\/data\/pulls\/\d+$/;
  const B_ARCHIVE = /^\/_codeload\/go\/b\//;

  it('two runs for successive heads finishing in the wrong order: the comment ends showing the newer head', async () => {
    const older = await openPull('go/a\ngo/b\n');
    // The older run is slow: its download waits while the pull request moves on and the newer run comments.
    const download = gate();
    emulator.inject({ method: 'GET', path: B_ARCHIVE, until: download.until });
    const slow = comment(older, 'actions-token');
    await waitFor(waiting(B_ARCHIVE));
    const newer = await pushToPull(older, 'go/a\ngo/b\ngo/c\n');
    expect((await comment(newer, 'actions-token')).exitCode).toBe(0);
    download.open();
    const late = await slow;
    expect(late.exitCode).toBe(0);
    expect(late.stdout).toContain(`no comment from this run: the pull request moved on to ${newer.headSha.slice(0, 7)}`);
    const comments = emulator.comments('acme', 'data', older.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.split('\n')[0]).toBe(`<!-- tusk:data-diff tusk%2Fmain head=${newer.headSha} base=${dataHead} -->`);
    expect(comments[0]!.body).toContain('| added | go\\/c |');
    expect(late.outputs['comment-url']).toBe('');
  });

  it('two runs that both found no comment and both wrote one: one comment stays, showing the newer head', async () => {
    const older = await openPull('go/a\ngo/b\n');
    const COMMENTS = new RegExp(`^/repos/acme/data/issues/${older.number}/comments$`);
    const held = () => emulator.requests.filter((r) => COMMENTS.test(r.path) && r.status === 0).length;
    // Both runs list the comments, find none, and only then hear back: each goes on to create one.
    const listed = gate();
    emulator.inject({ method: 'GET', path: COMMENTS, until: listed.until, times: 2 });
    const slow = comment(older, 'actions-token');
    await waitFor(() => held() === 1);
    const newer = await pushToPull(older, 'go/a\ngo/b\ngo/c\n');
    const fast = comment(newer, 'actions-token');
    await waitFor(() => held() === 2);
    listed.open();
    const runs = await Promise.all([slow, fast]);
    for (const run of runs) expect(run.exitCode).toBe(0);
    expect(emulator.count('POST', COMMENTS)).toBe(2);
    const comments = emulator.comments('acme', 'data', older.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.split('\n')[0]).toBe(`<!-- tusk:data-diff tusk%2Fmain head=${newer.headSha} base=${dataHead} -->`);
    expect(comments[0]!.body).toContain('| added | go\\/c |');
    for (const run of runs) expect(run.outputs['comment-url']).toBe(comments[0]!.html_url);
  });

  it('a run whose last look at the pull request was out of date still leaves a newer comment alone', async () => {
    const older = await openPull('go/a\ngo/b\n');
    const download = gate();
    emulator.inject({ method: 'GET', path: B_ARCHIVE, until: download.until });
    const slow = comment(older, 'actions-token');
    await waitFor(waiting(B_ARCHIVE));
    // Its second read of the pull request answers now, before the push, and lands after the newer run commented.
    const reread = gate();
    emulator.inject({ method: 'GET', path: PULL, until: reread.until });
    download.open();
    await waitFor(waiting(PULL));
    const newer = await pushToPull(older, 'go/a\ngo/b\ngo/c\n');
    expect((await comment(newer, 'actions-token')).exitCode).toBe(0);
    reread.open();
    const late = await slow;
    expect(late.exitCode).toBe(0);
    expect(late.stdout).toContain(`the comment is left as it is: it already shows a newer head (${newer.headSha.slice(0, 7)})`);
    const comments = emulator.comments('acme', 'data', older.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.split('\n')[0]).toContain(`head=${newer.headSha}`);
  });

  it('a run against older base data leaves a comment against newer base data alone', async () => {
    const pull = await openPull('go/a\ngo/b\n');
    const download = gate();
    emulator.inject({ method: 'GET', path: B_ARCHIVE, until: download.until });
    const slow = comment(pull, 'actions-token');
    await waitFor(waiting(B_ARCHIVE));
    // Meanwhile the base's data moves on (a refresh finds go/a changed), and a re-run comments against it.
    await emulator.commitFiles('go', 'a', 'main', { 'more.go': 'package main\n\nvar more = 1\n' }, 'upstream moves');
    const main = git(emulator.repoDir('acme', 'data'), 'rev-parse', 'main');
    const refresh = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      token: 'actions-token',
      event: { name: 'schedule', ref: 'refs/heads/main', sha: main, payload: {} },
    });
    expect(refresh.exitCode).toBe(0);
    const newerData = git(emulator.repoDir('acme', 'data'), 'rev-parse', 'tusk/main');
    expect(newerData).not.toBe(dataHead);
    expect((await comment(pull, 'actions-token')).exitCode).toBe(0);
    download.open();
    const late = await slow;
    expect(late.exitCode).toBe(0);
    expect(late.stdout).toContain(`the comment is left as it is: it already compares with newer base data (${newerData.slice(0, 7)})`);
    const comments = emulator.comments('acme', 'data', pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.split('\n')[0]).toBe(`<!-- tusk:data-diff tusk%2Fmain head=${pull.headSha} base=${newerData} -->`);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
