import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { bytesOf, client, freshRepo, getManual, paxComment, topFolders } from './helpers.js';

const run = promisify(execFile);

let emulator: GitHubEmulator;

beforeAll(async () => {
  emulator = await GitHubEmulator.start({ tokens: { 'rw-token': 'write', 'ro-token': 'read' } });
});

afterAll(() => emulator.close());

afterEach(() => {
  emulator.clearFaults();
  emulator.resetLog();
});

async function tag(owner: string, repo: string, name: string, sha: string, annotated = false): Promise<void> {
  const gitDir = `--git-dir=${emulator.repoDir(owner, repo)}`;
  const identity = ['-c', 'user.name=T', '-c', 'user.email=t@example.com'];
  await run('git', annotated ? [...identity, gitDir, 'tag', '-a', '-m', name, name, sha] : [gitDir, 'tag', name, sha]);
}

/** Follows a redirect by hand, so that the test sees where it went. */
async function followed(url: string, headers: Record<string, string> = {}): Promise<{ location: string; archive: Buffer }> {
  const redirect = await getManual(url, headers);
  expect(redirect.status).toBe(302);
  const location = redirect.headers.get('location')!;
  const response = await fetch(location);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/x-gzip');
  return { location, archive: await bytesOf(response) };
}

describe('API tarballs', () => {
  it('redirect the default branch (no ref), a branch, a tag, a sha and HEAD to codeload, whose archives name the commit', async () => {
    const { owner, repo, head } = await freshRepo(emulator);
    await emulator.createRepo(owner, `${repo}-trunk`, { defaultBranch: 'trunk' });
    const trunkHead = await emulator.commitFiles(owner, `${repo}-trunk`, 'trunk', { 'a.txt': 'a\n' }, 'first\n');
    await tag(owner, repo, 'v1.0.0', head, true);
    const codeload = `${emulator.url}/_codeload/${owner}/${repo}/legacy.tar.gz`;
    const cases: [string, string][] = [
      ['/tarball', `${codeload}/refs/heads/main`],
      ['/tarball/main', `${codeload}/main`],
      ['/tarball/v1.0.0', `${codeload}/v1.0.0`],
      ['/tarball/refs/tags/v1.0.0', `${codeload}/refs/tags/v1.0.0`],
      [`/tarball/${head}`, `${codeload}/${head}`],
      ['/tarball/HEAD', `${codeload}/HEAD`],
    ];
    for (const [suffix, location] of cases) {
      const { location: actual, archive } = await followed(`${emulator.url}/repos/${owner}/${repo}${suffix}`);
      expect(actual).toBe(location);
      expect(await topFolders(archive)).toEqual([`${owner}-${repo}-${head.slice(0, 7)}`]);
      expect(paxComment(archive)).toBe(head);
    }
    const trunk = await followed(`${emulator.url}/repos/${owner}/${repo}-trunk/tarball`);
    expect(trunk.location).toBe(`${emulator.url}/_codeload/${owner}/${repo}-trunk/legacy.tar.gz/refs/heads/trunk`);
    expect(paxComment(trunk.archive)).toBe(trunkHead);
  });

  it('resolve the ref when codeload serves the archive, not when the API redirects', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const redirect = await getManual(`${emulator.url}/repos/${owner}/${repo}/tarball/main`);
    const moved = await emulator.commitFiles(owner, repo, 'main', { 'b.txt': 'b\n' }, 'second\n');
    const archive = await bytesOf(await fetch(redirect.headers.get('location')!));
    expect(paxComment(archive)).toBe(moved);
    expect(await topFolders(archive)).toEqual([`${owner}-${repo}-${moved.slice(0, 7)}`]);
  });

  it('answer 404 for a missing ref, at the API and at codeload', async () => {
    const { owner, repo } = await freshRepo(emulator);
    expect((await getManual(`${emulator.url}/repos/${owner}/${repo}/tarball/nope`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/_codeload/${owner}/${repo}/legacy.tar.gz/nope`)).status).toBe(404);
  });
});

describe('source-archive URLs', () => {
  it('redirect github.com/{owner}/{repo}/archive/{ref}.tar.gz to codeload, under the top folder GitHub gives each kind of ref', async () => {
    const { owner, repo, head } = await freshRepo(emulator);
    await emulator.commitFiles(owner, repo, 'feature/x', { 'f.txt': 'f\n' }, 'feature\n', { from: 'main' });
    await tag(owner, repo, 'v1.2.0', head, true);
    await tag(owner, repo, 'x0.9', head);
    const cases: [string, string][] = [
      ['refs/heads/main', `${repo}-main`],
      ['main', `${repo}-main`],
      ['refs/heads/feature/x', `${repo}-feature-x`],
      // A version tag loses its 'v'; another tag keeps its name.
      ['refs/tags/v1.2.0', `${repo}-1.2.0`],
      ['v1.2.0', `${repo}-1.2.0`],
      ['refs/tags/x0.9', `${repo}-x0.9`],
      [head, `${repo}-${head}`],
      ['HEAD', `${repo}-HEAD`],
    ];
    for (const [ref, folder] of cases) {
      const { location, archive } = await followed(`${emulator.serverUrl}/${owner}/${repo}/archive/${ref}.tar.gz`);
      expect(location).toBe(`${emulator.serverUrl}/_codeload/${owner}/${repo}/tar.gz/${ref}`);
      expect(await topFolders(archive)).toEqual([folder]);
      const commit = (await client(emulator, 'rw-token').rest.repos.getCommit({ owner, repo, ref })).data.sha;
      expect(paxComment(archive)).toBe(commit);
    }
    expect(emulator.serverUrl).toBe(emulator.url);
  });

  it('answer 404 for a missing ref and an unknown repository', async () => {
    const { owner, repo } = await freshRepo(emulator);
    expect((await getManual(`${emulator.serverUrl}/${owner}/${repo}/archive/refs/heads/nope.tar.gz`)).status).toBe(404);
    expect((await getManual(`${emulator.serverUrl}/${owner}/missing/archive/refs/heads/main.tar.gz`)).status).toBe(404);
    expect((await fetch(`${emulator.serverUrl}/_codeload/${owner}/${repo}/tar.gz/nope`)).status).toBe(404);
  });

  it('serve replacement archive bytes too', async () => {
    const { owner, repo } = await freshRepo(emulator);
    emulator.setArchive(owner, repo, Buffer.from('not a gzip'));
    const response = await fetch(`${emulator.serverUrl}/${owner}/${repo}/archive/refs/heads/main.tar.gz`);
    expect((await bytesOf(response)).toString()).toBe('not a gzip');
    emulator.setArchive(owner, repo, null);
  });
});

describe('private repositories', () => {
  it('are visible to the tokens the emulator knows only, and answer 404 to anonymous API requests', async () => {
    const { owner, repo } = await freshRepo(emulator, undefined, { private: true });
    expect((await client(emulator, 'ro-token').rest.repos.get({ owner, repo })).data).toMatchObject({ private: true, visibility: 'private' });
    await expect(client(emulator).rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
    await expect(client(emulator).rest.git.getRef({ owner, repo, ref: 'heads/main' })).rejects.toMatchObject({ status: 404 });
    await expect(client(emulator, 'unknown').rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 401 });
  });

  it('answer 404 at source-archive URLs, and serve the API tarball through a short-lived codeload link only', async () => {
    const { owner, repo, head } = await freshRepo(emulator, undefined, { private: true });
    expect((await getManual(`${emulator.serverUrl}/${owner}/${repo}/archive/refs/heads/main.tar.gz`)).status).toBe(404);
    expect((await fetch(`${emulator.serverUrl}/_codeload/${owner}/${repo}/tar.gz/refs/heads/main`)).status).toBe(404);
    expect((await getManual(`${emulator.url}/repos/${owner}/${repo}/tarball/main`)).status).toBe(404);

    const { location, archive } = await followed(`${emulator.url}/repos/${owner}/${repo}/tarball/main`, { authorization: 'token ro-token' });
    expect(location).toMatch(new RegExp(`/_codeload/${owner}/${repo}/legacy\\.tar\\.gz/main\\?token=[0-9A-F]{40}$`));
    expect(paxComment(archive)).toBe(head);
    const { data } = await client(emulator, 'rw-token').rest.repos.downloadTarballArchive({ owner, repo, ref: 'main' });
    expect(paxComment(Buffer.from(data as ArrayBuffer))).toBe(head);

    const withoutToken = location.replace(/\?.*$/, '');
    expect((await fetch(withoutToken)).status).toBe(404);
    expect((await fetch(`${withoutToken}?token=${'A'.repeat(40)}`)).status).toBe(404);
  });
});
