import { GitHubEmulator } from '../support/github-emulator/index.js';
import { bytesOf, client, freshRepo, getManual, topFolders } from './helpers.js';

const FOLLOW_REDIRECTS_DOCS = 'https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects';

let emulator: GitHubEmulator;

beforeAll(async () => {
  emulator = await GitHubEmulator.start({ tokens: { 'rw-token': 'write' } });
});

afterAll(() => emulator.close());

async function repositoryId(owner: string, repo: string): Promise<number> {
  return (await client(emulator, 'rw-token').rest.repos.get({ owner, repo })).data.id;
}

describe('renamed and moved repositories', () => {
  it('answer the old name 301 to the repository by id, which Octokit follows', async () => {
    const { owner, repo, head } = await freshRepo(emulator);
    const id = await repositoryId(owner, repo);
    emulator.renameRepo(owner, repo, `${repo}-renamed`);

    const moved = await getManual(`${emulator.url}/repos/${owner}/${repo}`, { authorization: 'token rw-token' });
    const location = `${emulator.url}/repositories/${id}`;
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(location);
    expect(await moved.json()).toEqual({ message: 'Moved Permanently', url: location, documentation_url: FOLLOW_REDIRECTS_DOCS });
    const listed = await getManual(`${emulator.url}/repos/${owner}/${repo}/commits?per_page=1`);
    expect(listed.headers.get('location')).toBe(`${location}/commits?per_page=1`);

    const octokit = client(emulator, 'rw-token');
    expect((await octokit.rest.repos.get({ owner, repo })).data).toMatchObject({ id, full_name: `${owner}/${repo}-renamed` });
    expect((await octokit.rest.repos.listCommits({ owner, repo })).data.map((commit) => commit.sha)).toEqual([head]);
    expect((await octokit.rest.repos.get({ owner, repo: `${repo}-renamed` })).data.id).toBe(id);
  });

  it('answer a write to the old name 307, so that the client repeats it at the new place', async () => {
    const { owner, repo, head } = await freshRepo(emulator);
    emulator.renameRepo(owner, repo, `${repo}-moved`, 'New-Owner');
    const octokit = client(emulator, 'rw-token');
    const { status, data } = await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/from-old-name', sha: head });
    expect(status).toBe(201);
    expect(data.url).toContain(`/repos/New-Owner/${repo}-moved/git/refs/heads/from-old-name`);
    expect(emulator.requests.slice(-2).map((request) => [request.method, request.status])).toEqual([
      ['POST', 307],
      ['POST', 201],
    ]);
    expect((await octokit.rest.git.getRef({ owner: 'New-Owner', repo: `${repo}-moved`, ref: 'heads/from-old-name' })).data.object.sha).toBe(head);
  });

  it("redirect the old name's archive URLs to the new name, whose archives carry the new name", async () => {
    const { owner, repo, head } = await freshRepo(emulator);
    emulator.renameRepo(owner, repo, 'Fresh', 'New-Owner');
    const source = await getManual(`${emulator.serverUrl}/${owner}/${repo}/archive/refs/heads/main.tar.gz`);
    expect(source.status).toBe(301);
    expect(source.headers.get('location')).toBe(`${emulator.serverUrl}/New-Owner/Fresh/archive/refs/heads/main.tar.gz`);
    expect(await topFolders(await bytesOf(await fetch(`${emulator.serverUrl}/${owner}/${repo}/archive/refs/heads/main.tar.gz`)))).toEqual(['Fresh-main']);
    const codeload = await getManual(`${emulator.url}/_codeload/${owner}/${repo}/legacy.tar.gz/main`);
    expect(codeload.headers.get('location')).toBe(`${emulator.url}/_codeload/New-Owner/Fresh/legacy.tar.gz/main`);
    const { data } = await client(emulator, 'rw-token').rest.repos.downloadTarballArchive({ owner, repo, ref: 'main' });
    expect(await topFolders(Buffer.from(data as ArrayBuffer))).toEqual([`New-Owner-Fresh-${head.slice(0, 7)}`]);
  });

  it('stop redirecting once a new repository takes the old name', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const oldId = await repositoryId(owner, repo);
    emulator.renameRepo(owner, repo, `${repo}-v2`);
    await emulator.createRepo(owner, repo);
    const { data } = await client(emulator, 'rw-token').rest.repos.get({ owner, repo });
    expect(data.id).not.toBe(oldId);
  });

  it("do not reveal a private repository's old name to anonymous requests", async () => {
    const { owner, repo } = await freshRepo(emulator, undefined, { private: true });
    emulator.renameRepo(owner, repo, `${repo}-hidden`);
    expect((await getManual(`${emulator.url}/repos/${owner}/${repo}`)).status).toBe(404);
    expect((await getManual(`${emulator.url}/repos/${owner}/${repo}`, { authorization: 'token rw-token' })).status).toBe(301);
  });
});

describe('deleted repositories', () => {
  it('answer 404 everywhere: API, id, old names, archive URLs and codeload', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const id = await repositoryId(owner, repo);
    const codeload = (await getManual(`${emulator.url}/repos/${owner}/${repo}/tarball/main`)).headers.get('location')!;
    emulator.renameRepo(owner, repo, `${repo}-doomed`);
    await emulator.deleteRepo(owner, `${repo}-doomed`);
    const urls = [
      `${emulator.url}/repos/${owner}/${repo}-doomed`,
      `${emulator.url}/repos/${owner}/${repo}`,
      `${emulator.url}/repositories/${id}`,
      `${emulator.url}/repos/${owner}/${repo}-doomed/tarball`,
      `${emulator.serverUrl}/${owner}/${repo}-doomed/archive/refs/heads/main.tar.gz`,
      codeload,
    ];
    for (const url of urls) expect([url, (await getManual(url, { authorization: 'token rw-token' })).status]).toEqual([url, 404]);
    expect(() => emulator.repoDir(owner, `${repo}-doomed`)).toThrow();
  });
});
