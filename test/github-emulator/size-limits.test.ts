import { execFileSync } from 'node:child_process';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { serializeTree, writeLooseObject } from '../support/github-emulator/object-format.js';
import { client, freshRepo } from './helpers.js';

const MB = 1024 * 1024;

/**
 * A commit whose tree holds `count` files (one shared blob). The tree object is written as git
 * writes it (object-format.ts, held to git's own in git-objects.test.ts): git mktree took 3 s to
 * check and sort 100,001 lines.
 */
async function wideCommit(dir: string, count: number): Promise<string> {
  const run = (args: string[], input?: string) => execFileSync('git', [`--git-dir=${dir}`, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();
  const blob = await writeLooseObject(dir, 'blob', Buffer.from('x\n'));
  const entries = Array.from({ length: count }, (_, i) => ({ mode: '100644', name: `f${String(i).padStart(6, '0')}.txt`, sha: blob }));
  const tree = await writeLooseObject(dir, 'tree', serializeTree(entries));
  const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  const commit = execFileSync('git', [`--git-dir=${dir}`, 'commit-tree', tree, '-m', 'wide'], { encoding: 'utf8', env: { ...process.env, ...env } }).trim();
  run(['update-ref', 'refs/heads/wide', commit]);
  expect(run(['ls-tree', '--name-only', 'wide']).split('\n')).toHaveLength(count); // git reads it as written
  return commit;
}

describe("the emulator's size limits, as GitHub's REST reference states them", () => {
  let emulator: GitHubEmulator;
  beforeAll(async () => (emulator = await GitHubEmulator.start()));
  afterAll(() => emulator.close());

  it('serves a file over 1 MB through the contents API only as raw, and none over 100 MB', async () => {
    const big = 'a'.repeat(2 * MB);
    const { owner, repo } = await freshRepo(emulator, { 'big.txt': big, 'small.txt': 'small\n' });
    const octokit = client(emulator, 'test-token');
    await expect(octokit.rest.repos.getContent({ owner, repo, path: 'big.txt' })).rejects.toMatchObject({
      status: 403,
      response: { data: { errors: [{ code: 'too_large' }] } },
    });
    const raw = await octokit.rest.repos.getContent({ owner, repo, path: 'big.txt', mediaType: { format: 'raw' } });
    expect(raw.data).toBe(big);
    expect((await octokit.rest.repos.getContent({ owner, repo, path: 'small.txt' })).status).toBe(200);
  });

  it('refuses a blob over 100 MB', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const octokit = client(emulator, 'test-token');
    const content = Buffer.alloc(100 * MB + 1, 'a').toString('base64');
    const refused = await octokit.rest.git.createBlob({ owner, repo, content, encoding: 'base64' }).then(
      () => 'created',
      (error: { status: number; message: string }) => `${error.status} ${error.message}`,
    );
    expect(refused).toMatch(/^422 content is too large/);
    const fits = await octokit.rest.git.createBlob({ owner, repo, content: 'a'.repeat(2 * MB), encoding: 'utf-8' });
    expect(fits.status).toBe(201);
  }, 60_000);

  it('truncates a recursive tree listing past 100,000 entries or 7 MB, and says so', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const commit = await wideCommit(emulator.repoDir(owner, repo), 100_001);
    const octokit = client(emulator, 'test-token');
    const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' });
    expect(data.truncated).toBe(true);
    expect(data.tree.length).toBeLessThanOrEqual(100_000);
    expect(JSON.stringify(data.tree).length).toBeLessThanOrEqual(7 * MB);
    const flat = await octokit.rest.git.getTree({ owner, repo, tree_sha: commit });
    expect(flat.data.truncated).toBe(false); // the limit is on recursive listings
  }, 60_000);
});
