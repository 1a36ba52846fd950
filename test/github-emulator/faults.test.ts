import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { bytesOf, client, freshRepo, getManual } from './helpers.js';

let emulator: GitHubEmulator;

beforeAll(async () => {
  emulator = await GitHubEmulator.start({ tokens: { 'rw-token': 'write' } });
});

afterAll(() => emulator.close());

afterEach(() => {
  emulator.clearFaults();
  emulator.resetLog();
});

/** A repository whose archive is large: random bytes do not compress. */
async function bigRepo(): Promise<{ owner: string; repo: string }> {
  return freshRepo(emulator, { 'noise.bin': randomBytes(400_000), 'README.md': 'big\n' });
}

/** Reads a body until no byte has come for `quietMs`, then gives up, as a client's read timeout does. */
async function readUntilQuiet(url: string, quietMs: number): Promise<{ bytes: Buffer; gaveUp: boolean }> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const reader = response.body!.getReader();
  const chunks: Buffer[] = [];
  let timer = setTimeout(() => controller.abort(), quietMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: Buffer.concat(chunks), gaveUp: false };
      chunks.push(Buffer.from(value));
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), quietMs);
    }
  } catch {
    return { bytes: Buffer.concat(chunks), gaveUp: true };
  } finally {
    clearTimeout(timer);
  }
}

async function codeloadUrl(owner: string, repo: string): Promise<string> {
  return (await getManual(`${emulator.url}/repos/${owner}/${repo}/tarball/main`)).headers.get('location')!;
}

describe('stalled and hung responses', () => {
  it('stalls an archive after the first bytes of the real one, until the client gives up', async () => {
    const { owner, repo } = await bigRepo();
    const url = await codeloadUrl(owner, repo);
    const whole = await bytesOf(await fetch(url));
    expect(whole.length).toBeGreaterThan(300_000);

    emulator.inject({ path: /\/legacy\.tar\.gz\//, stallAfterBytes: 100_000 });
    const stalled = await readUntilQuiet(url, 300);
    expect(stalled.gaveUp).toBe(true);
    expect(stalled.bytes.length).toBe(100_000);
    expect(stalled.bytes.equals(whole.subarray(0, 100_000))).toBe(true);

    // Once only, by default; a source archive stalls the same way.
    expect((await bytesOf(await fetch(url))).equals(whole)).toBe(true);
    emulator.inject({ path: `/_codeload/${owner}/${repo}/tar.gz/`, stallAfterBytes: 1000 });
    const source = await readUntilQuiet(`${emulator.serverUrl}/${owner}/${repo}/archive/refs/heads/main.tar.gz`, 300);
    expect(source).toMatchObject({ gaveUp: true, bytes: expect.objectContaining({ length: 1000 }) });
  });

  it('stalls replacement archive bytes too, and sends a body shorter than the stall whole', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const url = await codeloadUrl(owner, repo);
    emulator.setArchive(owner, repo, Buffer.alloc(50_000, 7));
    emulator.inject({ path: /\/legacy\.tar\.gz\//, stallAfterBytes: 20_000, times: 2 });
    expect(await readUntilQuiet(url, 200)).toMatchObject({ gaveUp: true, bytes: expect.objectContaining({ length: 20_000 }) });
    emulator.setArchive(owner, repo, Buffer.alloc(10_000, 7));
    expect(await readUntilQuiet(url, 200)).toMatchObject({ gaveUp: false, bytes: expect.objectContaining({ length: 10_000 }) });
    emulator.setArchive(owner, repo, null);
  });

  it('hangs a request without sending even headers, until the client gives up', async () => {
    const { owner, repo } = await freshRepo(emulator);
    emulator.inject({ path: `/repos/${owner}/${repo}/commits`, hang: true });
    const started = Date.now();
    await expect(fetch(`${emulator.url}/repos/${owner}/${repo}/commits/main`, { signal: AbortSignal.timeout(300) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(emulator.requests.map((request) => request.status)).toEqual([0]);
    expect((await client(emulator, 'rw-token').rest.repos.getCommit({ owner, repo, ref: 'main' })).status).toBe(200);
  });

  it('closes at once with hung, stalled and long-delayed responses open', async () => {
    const other = await GitHubEmulator.start();
    const owner = 'o';
    await other.createRepo(owner, 'r');
    await other.commitFiles(owner, 'r', 'main', { 'noise.bin': randomBytes(400_000) }, 'noise\n');
    other.inject({ path: '/repos/o/r/commits', hang: true });
    other.inject({ path: '/repos/o/r/git/ref', status: 200, delayMs: 600_000 });
    other.inject({ path: '/_codeload/', stallAfterBytes: 10_000 });
    const hung = fetch(`${other.url}/repos/o/r/commits/main`);
    const delayed = fetch(`${other.url}/repos/o/r/git/ref/heads/main`);
    const stalled = (async () => {
      const response = await fetch(`${other.url}/repos/o/r/tarball/main`);
      await response.arrayBuffer();
    })();
    for (const outcome of [hung, delayed, stalled]) outcome.catch(() => {});
    while (other.requests.length < 4) await sleep(10);
    await sleep(100);

    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
    for (const outcome of [hung, delayed, stalled]) await expect(outcome).rejects.toThrow();
  });
});

describe('server errors on the tarball and commit routes', () => {
  it('answers 5xx for the given number of times, then the real thing', async () => {
    const { owner, repo, head } = await freshRepo(emulator);
    const octokit = client(emulator, 'rw-token');
    emulator.inject({ path: `/repos/${owner}/${repo}/tarball`, status: 502, times: 2 });
    for (let i = 0; i < 2; i += 1) await expect(octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: 'main' })).rejects.toMatchObject({ status: 502 });
    expect((await octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: 'main' })).status).toBe(200);

    emulator.inject({ path: '/_codeload/', status: 503, body: 'codeload is unavailable' });
    await expect(octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: 'main' })).rejects.toMatchObject({ status: 503 });

    emulator.inject({ method: 'GET', path: /\/commits(\/|$)/, status: 500, times: 3 });
    await expect(octokit.rest.repos.getCommit({ owner, repo, ref: 'main' })).rejects.toMatchObject({ status: 500 });
    await expect(octokit.rest.repos.listCommits({ owner, repo })).rejects.toMatchObject({ status: 500 });
    const sha = octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner, repo, ref: 'main', headers: { accept: 'application/vnd.github.sha' } });
    await expect(sha).rejects.toMatchObject({ status: 500 });
    expect((await octokit.rest.repos.getCommit({ owner, repo, ref: 'main' })).data.sha).toBe(head);
    expect(emulator.requests.filter((request) => request.path.includes('/commits')).map((request) => request.status)).toEqual([500, 500, 500, 200]);
  });
});
