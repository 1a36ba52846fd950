import { setTimeout as sleep } from 'node:timers/promises';
import { GitHubEmulator, type EmulatorOptions } from '../support/github-emulator/index.js';
import { client, freshRepo, getManual } from './helpers.js';

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

let emulator: GitHubEmulator | undefined;

async function start(options: EmulatorOptions): Promise<GitHubEmulator> {
  emulator = await GitHubEmulator.start(options);
  return emulator;
}

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function rateHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('x-ratelimit-')));
}

describe('the primary quota', () => {
  it('keeps a window per token and one for anonymous requests, and tells each its own in x-ratelimit-* headers', async () => {
    const github = await start({ tokens: { 'pat-token': 'write', 'job-token': 'read' }, quota: { limit: 5000, tokenLimits: { 'job-token': 1000 } } });
    const { owner, repo } = await freshRepo(github);
    const before = Math.floor(Date.now() / 1000);
    const first = await client(github, 'pat-token').rest.repos.get({ owner, repo });
    expect(rateHeaders(first.headers)).toEqual({
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-reset': expect.any(String),
      'x-ratelimit-resource': 'core',
    });
    // UTC epoch seconds, an hour after the window's first request.
    const reset = Number(first.headers['x-ratelimit-reset']);
    expect(reset).toBeGreaterThanOrEqual(before + 3600);
    expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 3600);

    const second = await client(github, 'pat-token').rest.repos.get({ owner, repo });
    expect(second.headers).toMatchObject({ 'x-ratelimit-remaining': '4998', 'x-ratelimit-used': '2', 'x-ratelimit-reset': String(reset) });
    const job = await client(github, 'job-token').rest.repos.get({ owner, repo });
    expect(job.headers).toMatchObject({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '999', 'x-ratelimit-used': '1' });
    const anonymous = await client(github).rest.repos.get({ owner, repo });
    expect(anonymous.headers).toMatchObject({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59', 'x-ratelimit-used': '1' });

    github.setTokenLimit('job-token', 10);
    expect((await client(github, 'job-token').rest.repos.get({ owner, repo })).headers).toMatchObject({
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '8',
    });
    expect(github.quota('pat-token')).toEqual({ limit: 5000, used: 2, remaining: 4998, reset });
  });

  it('counts errors too, and a request with an unknown token against the anonymous quota', async () => {
    const github = await start({ tokens: { 'pat-token': 'write' } });
    const { owner, repo } = await freshRepo(github);
    await expect(client(github, 'pat-token').rest.repos.get({ owner, repo: 'missing' })).rejects.toMatchObject({
      status: 404,
      response: { headers: { 'x-ratelimit-used': '1' } },
    });
    await expect(client(github, 'not-a-token').rest.repos.get({ owner, repo })).rejects.toMatchObject({
      status: 401,
      response: { headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-used': '1' } },
    });
    expect(github.quota(null).used).toBe(1);
  });

  it("refuses every request once a token has spent its quota, with GitHub's 403 and message, and counts the refusals", async () => {
    const github = await start({ tokens: { 'pat-token': 'write', 'other-token': 'write' }, quota: { limit: 3, anonymousLimit: 2 } });
    const { owner, repo, head } = await freshRepo(github);
    const octokit = client(github, 'pat-token');
    for (let i = 0; i < 3; i += 1) await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });

    const refused = { status: 403, response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '3', 'x-ratelimit-limit': '3' } } };
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject(refused);
    // Writes are refused as well, before they change anything.
    await expect(octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/late', sha: head })).rejects.toMatchObject(refused);
    const error = await octokit.rest.repos.get({ owner, repo }).catch((caught: { response: { data: unknown } }) => caught.response.data);
    expect(error).toEqual({ message: expect.stringMatching(/^API rate limit exceeded for user ID \d+\.$/), documentation_url: RATE_LIMIT_DOCS });
    expect(github.requests.filter((request) => request.path.endsWith('/git/refs')).map((request) => request.status)).toEqual([403]);

    // Another token, and anonymous requests, have windows of their own.
    await expect(client(github, 'other-token').rest.git.getRef({ owner, repo, ref: 'heads/late' })).rejects.toMatchObject({ status: 404 });
    const anonymous = client(github);
    for (let i = 0; i < 2; i += 1) await anonymous.rest.repos.get({ owner, repo });
    await expect(anonymous.rest.repos.get({ owner, repo })).rejects.toMatchObject({
      status: 403,
      response: {
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '2' },
        data: {
          message:
            "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
        },
      },
    });
    expect(github.primaryLimitRefusals).toEqual({ total: 4, byToken: { 'pat-token': 3 }, anonymous: 1 });
  });

  it('can refuse with 429, as GitHub also does', async () => {
    const github = await start({ tokens: { 'pat-token': 'write' }, quota: { limit: 1, refusalStatus: 429 } });
    const { owner, repo } = await freshRepo(github);
    const octokit = client(github, 'pat-token');
    await octokit.rest.repos.get({ owner, repo });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 429, response: { headers: { 'x-ratelimit-remaining': '0' } } });
  });

  it("does not count a 304 nor GET /rate_limit, which answers in GitHub's shape", async () => {
    const github = await start({ tokens: { 'pat-token': 'write' }, quota: { limit: 2 } });
    const { owner, repo, head } = await freshRepo(github);
    const octokit = client(github, 'pat-token');
    const { headers } = await octokit.rest.repos.getCommit({ owner, repo, ref: 'main' });
    for (let i = 0; i < 5; i += 1) {
      await expect(octokit.rest.repos.getCommit({ owner, repo, ref: 'main', headers: { 'if-none-match': headers.etag } })).rejects.toMatchObject({
        status: 304,
      });
    }
    expect(github.quota('pat-token')).toMatchObject({ used: 1, remaining: 1 });

    for (let i = 0; i < 3; i += 1) await octokit.rest.rateLimit.get();
    const { data, headers: rateLimitHeaders } = await octokit.rest.rateLimit.get();
    const core = { limit: 2, used: 1, remaining: 1, reset: expect.any(Number) };
    expect(data).toMatchObject({ resources: { core }, rate: core });
    expect(data.rate).toEqual(data.resources.core);
    expect(rateLimitHeaders).toMatchObject({ 'x-ratelimit-used': '1', 'x-ratelimit-remaining': '1' });

    // The last request of the window; GET /rate_limit still answers after it.
    expect((await octokit.rest.repos.getCommit({ owner, repo, ref: head })).status).toBe(200);
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 403 });
    expect((await octokit.rest.rateLimit.get()).data.resources.core).toMatchObject({ used: 2, remaining: 0 });
    expect((await client(github).rest.rateLimit.get()).data.rate).toMatchObject({ limit: 60, used: 0, remaining: 60 });
  });

  it('starts a new window after windowMs, or at once on resetQuota()', async () => {
    const github = await start({ tokens: { 'pat-token': 'write' }, quota: { limit: 1, windowMs: 300 } });
    const { owner, repo } = await freshRepo(github);
    const octokit = client(github, 'pat-token');
    await octokit.rest.repos.get({ owner, repo });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 403 });
    await sleep(350);
    expect((await octokit.rest.repos.get({ owner, repo })).headers).toMatchObject({ 'x-ratelimit-used': '1', 'x-ratelimit-remaining': '0' });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 403 });
    github.resetQuota();
    expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200);
    expect(github.primaryLimitRefusals.total).toBe(2);
  });

  it('charges nothing for codeload and source-archive URLs, which carry no rate-limit headers', async () => {
    const github = await start({ tokens: { 'pat-token': 'write' }, quota: { limit: 1, anonymousLimit: 0 } });
    const { owner, repo } = await freshRepo(github);
    const tarball = await getManual(`${github.url}/repos/${owner}/${repo}/tarball`, { authorization: 'token pat-token' });
    expect(tarball.status).toBe(302);
    expect(tarball.headers.get('x-ratelimit-used')).toBe('1');
    // The quota is spent now, and the anonymous one has nothing: downloads go on regardless.
    for (let i = 0; i < 3; i += 1) {
      const archive = await fetch(tarball.headers.get('location')!);
      expect(archive.status).toBe(200);
      expect([...archive.headers.keys()].filter((name) => name.startsWith('x-ratelimit'))).toEqual([]);
      await archive.arrayBuffer();
      const source = await getManual(`${github.serverUrl}/${owner}/${repo}/archive/refs/heads/main.tar.gz`);
      expect(source.status).toBe(302);
      expect(source.headers.get('x-ratelimit-limit')).toBeNull();
      const sourceArchive = await fetch(source.headers.get('location')!);
      expect(sourceArchive.status).toBe(200);
      expect(sourceArchive.headers.get('x-ratelimit-limit')).toBeNull();
      await sourceArchive.arrayBuffer();
    }
    expect(github.quota('pat-token').used).toBe(1);
    expect(github.primaryLimitRefusals.total).toBe(0);
  });
});
