import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import { GitHubEmulator } from './support/github-emulator/index.js';
import { tarEntries } from './github-emulator/helpers.js';

const run = promisify(execFile);

async function git(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', [`--git-dir=${dir}`, ...args]);
  return stdout.trim();
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

function client(auth?: string): Octokit {
  return new Octokit({ ...(auth ? { auth } : {}), baseUrl: emulator.url, log: quiet });
}

let emulator: GitHubEmulator;
let octokit: Octokit;
let repoCount = 0;

/** A fresh repository per test, with a first commit on main. */
async function freshRepo(files: Record<string, string> = { 'README.md': 'hello\n' }): Promise<{ owner: string; repo: string; dir: string; head: string }> {
  repoCount += 1;
  const owner = 'Octo-Org';
  const repo = `Repo-${repoCount}`;
  await emulator.createRepo(owner, repo);
  const head = await emulator.commitFiles(owner, repo, 'main', files, 'initial\n');
  return { owner, repo, dir: emulator.repoDir(owner, repo), head };
}

beforeAll(async () => {
  emulator = await GitHubEmulator.start({ tokens: { 'rw-token': 'write', 'ro-token': 'read' } });
  octokit = client('rw-token');
});

afterAll(() => emulator.close());

afterEach(() => {
  emulator.setLatency(0);
  emulator.clearFaults();
  emulator.resetLog();
});

describe('repositories and commits', () => {
  it('listens on the loopback interface only', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a repository under any spelling of its name, and 404 for unknown ones', async () => {
    const { owner, repo } = await freshRepo();
    const { data } = await octokit.rest.repos.get({ owner: owner.toLowerCase(), repo: repo.toUpperCase() });
    expect(data).toMatchObject({ name: repo, full_name: `${owner}/${repo}`, owner: { login: owner }, default_branch: 'main', private: false });
    await expect(octokit.rest.repos.get({ owner, repo: 'missing' })).rejects.toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
  });

  it('reports the SHAs git itself computes', async () => {
    const { owner, repo, dir, head } = await freshRepo();
    expect(head).toBe(await git(dir, 'rev-parse', 'refs/heads/main'));
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    expect(ref).toMatchObject({ ref: 'refs/heads/main', object: { sha: head, type: 'commit' } });
    const { data: commit } = await octokit.rest.repos.getCommit({ owner, repo, ref: 'main' });
    expect(commit.sha).toBe(head);
    expect(commit.commit.tree.sha).toBe(await git(dir, 'rev-parse', 'main^{tree}'));
    expect(commit.commit.message).toBe('initial\n');
  });

  it('answers the sha media type with the plain sha, an ETag and 304 when it still matches', async () => {
    const { owner, repo, head } = await freshRepo();
    const response = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      owner,
      repo,
      ref: head.slice(0, 10),
      headers: { accept: 'application/vnd.github.sha' },
    });
    expect(response.data).toBe(head);
    expect(response.headers.etag).toBe(`"${head}"`);
    for (const tag of [`"${head}"`, `W/"${head}"`, head]) {
      await expect(
        octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
          owner,
          repo,
          ref: 'HEAD',
          headers: { accept: 'application/vnd.github.sha', 'if-none-match': tag },
        }),
      ).rejects.toMatchObject({ status: 304 });
    }
    await expect(octokit.rest.repos.getCommit({ owner, repo, ref: 'no-such-branch' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'No commit found for SHA: no-such-branch' } },
    });
  });

  it('lists commits newest first across pages that octokit.paginate follows', async () => {
    const { owner, repo, dir } = await freshRepo();
    for (let i = 1; i <= 4; i += 1) await emulator.commitFiles(owner, repo, 'main', { 'n.txt': `${i}\n` }, `commit ${i}\n`);
    const commits = await octokit.paginate(octokit.rest.repos.listCommits, { owner, repo, sha: 'main', per_page: 2 });
    expect(commits.map((commit) => commit.sha)).toEqual((await git(dir, 'rev-list', 'main')).split('\n'));
    expect(commits.map((commit) => commit.commit.message)).toEqual(['commit 4\n', 'commit 3\n', 'commit 2\n', 'commit 1\n', 'initial\n']);
    expect(emulator.count('GET', /\/commits$/)).toBe(3);
    const first = await octokit.rest.repos.listCommits({ owner, repo, per_page: 2 });
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('page=3>; rel="last"');
  });

  it('compares commits like GitHub: ahead, behind, identical and diverged', async () => {
    const { owner, repo, head } = await freshRepo();
    const feature = await emulator.commitFiles(owner, repo, 'feature', { 'f.txt': 'f\n' }, 'feature\n', { from: 'main' });
    const compare = async (basehead: string) => (await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead })).data;
    expect(await compare(`${head}...${feature}`)).toMatchObject({
      status: 'ahead',
      ahead_by: 1,
      behind_by: 0,
      total_commits: 1,
      merge_base_commit: { sha: head },
    });
    expect(await compare(`feature...main`)).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 1 });
    expect(await compare(`main...main`)).toMatchObject({ status: 'identical' });
    await emulator.commitFiles(owner, repo, 'main', { 'm.txt': 'm\n' }, 'main moves\n');
    const diverged = await compare('main...feature');
    expect(diverged).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1, merge_base_commit: { sha: head } });
    expect(diverged.commits.map((commit) => commit.sha)).toEqual([feature]);
    await expect(compare(`main...${'f'.repeat(40)}`)).rejects.toMatchObject({ status: 404 });
  });
});

describe('git data', () => {
  it('builds a tree on a base tree with new, nested and deleted paths, and commits it byte for byte', async () => {
    const { owner, repo, dir, head } = await freshRepo({ 'README.md': 'hello\n', 'old.txt': 'old\n', 'stats/results': 'a\n' });
    const { data: base } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head });
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: base.tree.sha,
      tree: [
        { path: 'stats/results', mode: '100644', type: 'blob', content: 'b\n' },
        { path: 'projects/deep/list.txt', mode: '100644', type: 'blob', content: 'x/y\n' },
        { path: 'old.txt', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const message = 'Update data\n\nTusk-Input-Commit: 0123456789abcdef0123456789abcdef01234567\n';
    const { data: commit } = await octokit.rest.git.createCommit({ owner, repo, message, tree: tree.sha, parents: [head] });
    expect(commit).toMatchObject({ message, tree: { sha: tree.sha }, parents: [{ sha: head }], author: { name: 'GitHub', email: 'noreply@github.com' } });
    expect(await git(dir, 'cat-file', 'commit', commit.sha)).toContain(message.trim());

    const { data: listed } = await octokit.rest.git.getTree({ owner, repo, tree_sha: commit.sha, recursive: 'true' });
    expect(listed.sha).toBe(tree.sha);
    expect(listed.tree.filter((entry) => entry.type === 'blob').map((entry) => entry.path)).toEqual(['README.md', 'projects/deep/list.txt', 'stats/results']);
    expect(await git(dir, 'show', `${commit.sha}:stats/results`)).toBe('b');
    const { data: oneLevel } = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree.sha });
    expect(oneLevel.tree.map((entry) => [entry.path, entry.type])).toEqual([
      ['README.md', 'blob'],
      ['projects', 'tree'],
      ['stats', 'tree'],
    ]);

    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.sha, force: false });
    expect(await git(dir, 'rev-parse', 'main')).toBe(commit.sha);
    await git(dir, 'fsck', '--strict');
  });

  it('rejects a bad base tree', async () => {
    const { owner, repo } = await freshRepo();
    const created = octokit.rest.git.createTree({ owner, repo, base_tree: 'a'.repeat(40), tree: [{ path: 'x', mode: '100644', type: 'blob', content: 'x' }] });
    await expect(created).rejects.toMatchObject({ status: 422 });
  });

  it('stores and serves blobs in GitHub base64 with a newline every 60 characters', async () => {
    const { owner, repo, dir } = await freshRepo();
    const content = 'x'.repeat(100);
    const { data: created } = await octokit.rest.git.createBlob({ owner, repo, content, encoding: 'utf-8' });
    expect(await git(dir, 'cat-file', '-p', created.sha)).toBe(content);
    const { data: blob } = await octokit.rest.git.getBlob({ owner, repo, file_sha: created.sha });
    expect(blob.size).toBe(100);
    expect(blob.content.split('\n').map((line) => line.length)).toEqual([60, 60, 16, 0]);
    expect(Buffer.from(blob.content, 'base64').toString()).toBe(content);
  });

  it('creates refs once, and 404s a missing branch', async () => {
    const { owner, repo, head } = await freshRepo();
    const { status, data } = await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/tusk/main', sha: head });
    expect(status).toBe(201);
    expect(data).toMatchObject({ ref: 'refs/heads/tusk/main', object: { sha: head } });
    await expect(octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/tusk/main', sha: head })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference already exists' } },
    });
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'heads/tusk/main' })).data.object.sha).toBe(head);
    await expect(octokit.rest.git.getRef({ owner, repo, ref: 'heads/tusk/other' })).rejects.toMatchObject({ name: 'HttpError', status: 404 });
    const { data: matching } = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/tusk' });
    expect(matching.map((ref) => ref.ref)).toEqual(['refs/heads/tusk/main']);
    await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/tusk/main' });
    await expect(octokit.rest.git.getRef({ owner, repo, ref: 'heads/tusk/main' })).rejects.toMatchObject({ status: 404 });
  });

  it('answers 409 to ref reads on a repository without commits, as GitHub does', async () => {
    await emulator.createRepo('Octo-Org', 'Empty');
    await expect(octokit.rest.git.getRef({ owner: 'Octo-Org', repo: 'Empty', ref: 'heads/main' })).rejects.toMatchObject({
      status: 409,
      response: { data: { message: 'Git Repository is empty.' } },
    });
  });

  it('refuses an update that is not a fast-forward unless forced', async () => {
    const { owner, repo, head } = await freshRepo();
    const ahead = await emulator.commitFiles(owner, repo, 'main', { 'a.txt': 'a\n' }, 'ahead\n');
    await expect(octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: head, force: false })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } },
    });
    await expect(octokit.rest.git.updateRef({ owner, repo, ref: 'heads/nothing', sha: head })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference does not exist' } },
    });
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha).toBe(ahead);
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: head, force: true });
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha).toBe(head);
  });

  it('lets exactly one of several racing fast-forwards win', async () => {
    const { owner, repo, dir, head } = await freshRepo();
    const { data: base } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head });
    const candidates = await Promise.all(
      [1, 2, 3, 4, 5].map(async (i) => {
        const { data: tree } = await octokit.rest.git.createTree({
          owner,
          repo,
          base_tree: base.tree.sha,
          tree: [{ path: 'run.txt', mode: '100644', type: 'blob', content: `${i}\n` }],
        });
        return (await octokit.rest.git.createCommit({ owner, repo, message: `run ${i}\n`, tree: tree.sha, parents: [head] })).data.sha;
      }),
    );
    const results = await Promise.allSettled(candidates.map((sha) => octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha, force: false })));
    const winners = results.flatMap((result, i) => (result.status === 'fulfilled' ? [candidates[i]] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected').map((result) => (result as PromiseRejectedResult).reason.status)).toEqual([
      422, 422, 422, 422,
    ]);
    expect(await git(dir, 'rev-parse', 'main')).toBe(winners[0]);
  });
});

describe('contents and tarballs', () => {
  it('serves a file raw and in base64, a directory as a listing, and 404 for a missing path', async () => {
    const { owner, repo } = await freshRepo({ 'projects.txt': 'a/b\n', 'dir/one.txt': '1\n', 'dir/two.txt': '2\n' });
    const raw = await octokit.rest.repos.getContent({ owner, repo, path: 'projects.txt', mediaType: { format: 'raw' } });
    expect(raw.data).toBe('a/b\n');
    const { data: file } = await octokit.rest.repos.getContent({ owner, repo, path: 'dir/one.txt', ref: 'main' });
    expect(file).toMatchObject({ type: 'file', name: 'one.txt', path: 'dir/one.txt', encoding: 'base64', size: 2 });
    expect(Buffer.from((file as { content: string }).content, 'base64').toString()).toBe('1\n');
    const { data: listing } = await octokit.rest.repos.getContent({ owner, repo, path: 'dir' });
    expect((listing as { path: string; type: string }[]).map((entry) => [entry.path, entry.type])).toEqual([
      ['dir/one.txt', 'file'],
      ['dir/two.txt', 'file'],
    ]);
    await expect(octokit.rest.repos.getContent({ owner, repo, path: 'dir/three.txt' })).rejects.toMatchObject({ status: 404 });
  });

  it('redirects a tarball request to a gzip whose entries are all under OWNER-REPO-SHORTSHA/', async () => {
    const { owner, repo, head } = await freshRepo({ 'go.mod': 'module x\n', 'cmd/main.go': 'package main\n' });
    const redirect = await fetch(`${emulator.url}/repos/${owner.toLowerCase()}/${repo}/tarball/main`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(`${emulator.url}/_codeload/${owner}/${repo}/legacy.tar.gz/main`);

    const { data, headers } = await octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: 'main' });
    expect(headers['content-type']).toBe('application/x-gzip');
    const entries = await tarEntries(Buffer.from(data as ArrayBuffer));
    const folder = `${owner}-${repo}-${head.slice(0, 7)}/`;
    expect(entries).toEqual(expect.arrayContaining([`${folder}go.mod`, `${folder}cmd/main.go`]));
    expect(entries.every((path) => path.startsWith(folder))).toBe(true);
    await expect(octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: 'nope' })).rejects.toMatchObject({ status: 404 });
  });

  it('finds a branch made after a lookup found none, and forgets a deleted one (ref answers are cached)', async () => {
    const { owner, repo, head } = await freshRepo();
    const tarballOf = async (ref: string) => (await fetch(`${emulator.url}/repos/${owner}/${repo}/tarball/${ref}`, { redirect: 'manual' })).status;
    expect(await tarballOf('later')).toBe(404);
    expect(await tarballOf(head)).toBe(302); // tries refs/heads/SHA and refs/tags/SHA first: both missing
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/later', sha: head });
    expect(await tarballOf('later')).toBe(302);
    await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/later' });
    expect(await tarballOf('later')).toBe(404);
  });

  it('serves replacement archive bytes until they are cleared', async () => {
    const { owner, repo } = await freshRepo();
    emulator.setArchive(owner, repo, Buffer.from('not a gzip'));
    const { data } = await octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: 'main' });
    expect(Buffer.from(data as ArrayBuffer).toString()).toBe('not a gzip');
    emulator.setArchive(owner, repo, null);
    const { data: real } = await octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: 'main' });
    expect(await tarEntries(Buffer.from(real as ArrayBuffer))).toContain(
      `${owner}-${repo}-${(await octokit.rest.repos.getCommit({ owner, repo, ref: 'main' })).data.sha.slice(0, 7)}/README.md`,
    );
  });
});

describe('pull requests and comments', () => {
  it('merges a fork branch into a real merge commit whose parents are base and head', async () => {
    const { owner, repo, dir } = await freshRepo({ 'projects.txt': 'a/b\n' });
    await emulator.forkRepo(owner, repo, 'contributor');
    const headSha = await emulator.commitFiles('contributor', repo, 'add-name', { 'projects.txt': 'a/b\nc/d\n' }, 'add c/d\n', { from: 'main' });
    const pull = await emulator.createPullRequest({ owner, repo, base: 'main', head: { owner: 'contributor', repo, branch: 'add-name' } });
    expect(pull.headSha).toBe(headSha);

    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pull.number });
    expect(data).toMatchObject({
      number: pull.number,
      state: 'open',
      head: { ref: 'add-name', sha: headSha, repo: { full_name: `contributor/${repo}`, fork: true } },
      base: { ref: 'main', sha: pull.baseSha, repo: { full_name: `${owner}/${repo}` } },
      merge_commit_sha: pull.mergeSha,
      mergeable: true,
    });
    expect(await git(dir, 'rev-list', '--parents', '-n', '1', pull.mergeSha!)).toBe(`${pull.mergeSha} ${pull.baseSha} ${headSha}`);
    expect(await git(dir, 'show', `${pull.mergeSha}:projects.txt`)).toBe('a/b\nc/d');
    expect(await git(dir, 'rev-parse', `refs/pull/${pull.number}/head`)).toBe(headSha);
  });

  it('reports a conflicting pull request as unmergeable, and follows a moved head', async () => {
    const { owner, repo } = await freshRepo({ 'projects.txt': 'a/b\n' });
    await emulator.commitFiles(owner, repo, 'topic', { 'projects.txt': 'topic\n' }, 'topic\n', { from: 'main' });
    await emulator.commitFiles(owner, repo, 'main', { 'projects.txt': 'main\n' }, 'main\n');
    const pull = await emulator.createPullRequest({ owner, repo, head: { owner, repo, branch: 'topic' } });
    expect(pull.mergeSha).toBeNull();
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: pull.number })).data).toMatchObject({ merge_commit_sha: null, mergeable: false });

    const moved = await emulator.commitFiles(owner, repo, 'topic', { 'projects.txt': 'main\n', 'other.txt': 'x\n' }, 'resolve\n');
    const updated = await emulator.updatePullRequest(owner, repo, pull.number);
    expect(updated.headSha).toBe(moved);
    expect(updated.mergeSha).not.toBeNull();
  });

  it('creates, lists, reads and updates comments, and refuses one that is too long', async () => {
    const { owner, repo } = await freshRepo();
    const { number } = await emulator.createPullRequest({ owner, repo, head: { owner, repo, branch: 'main' } });
    const { data: created, status } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: 'first' });
    expect(status).toBe(201);
    expect(created).toMatchObject({ body: 'first', user: { login: 'github-actions[bot]', type: 'Bot' } });
    expect(created.html_url).toBe(`https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${created.id}`);
    for (let i = 2; i <= 3; i += 1) await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: `comment ${i}` });

    const listed = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 2 });
    expect(listed.map((comment) => comment.body)).toEqual(['first', 'comment 2', 'comment 3']);

    const { data: updated } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: created.id, body: 'edited' });
    expect(updated.body).toBe('edited');
    expect((await octokit.rest.issues.getComment({ owner, repo, comment_id: created.id })).data.body).toBe('edited');
    expect(emulator.comments(owner, repo, number).map((comment) => comment.body)).toEqual(['edited', 'comment 2', 'comment 3']);

    await expect(octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: 'x'.repeat(65537) })).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
        },
      },
    });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: 'x'.repeat(65536) });
  });
});

describe('credentials, faults and observation', () => {
  it('answers 401 to an unknown token, 403 naming the permission to a read-only write, and lets anonymous reads through', async () => {
    const { owner, repo, head } = await freshRepo();
    const { number } = await emulator.createPullRequest({ owner, repo, head: { owner, repo, branch: 'main' } });
    const stranger = client('wrong');
    await expect(stranger.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 401, response: { data: { message: 'Bad credentials' } } });

    const reader = client('ro-token');
    expect((await reader.rest.repos.get({ owner, repo })).status).toBe(200);
    await expect(reader.rest.issues.createComment({ owner, repo, issue_number: number, body: 'x' })).rejects.toMatchObject({
      status: 403,
      response: {
        data: { message: 'Resource not accessible by integration' },
        headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      },
    });
    await expect(reader.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha: head })).rejects.toMatchObject({
      status: 403,
      response: { headers: { 'x-accepted-github-permissions': 'contents=write' } },
    });

    const anonymous = client();
    expect((await anonymous.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha).toBe(head);
    await expect(anonymous.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha: head })).rejects.toMatchObject({ status: 401 });
  });

  it('sends rate-limit headers and a request id with every response', async () => {
    const { owner, repo } = await freshRepo();
    const { headers } = await octokit.rest.repos.get({ owner, repo });
    expect(headers).toMatchObject({ 'x-ratelimit-limit': '5000' });
    for (const name of ['x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-github-request-id']) expect(headers[name]).toBeDefined();
  });

  it('answers injected faults the given number of times', async () => {
    const { owner, repo } = await freshRepo();
    emulator.inject({ method: 'GET', path: `/repos/${owner}/${repo}`, status: 502 });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 502 });
    expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200);

    const secondary = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };
    emulator.inject({ path: /\/git\/ref\//, status: 403, times: 2, headers: { 'retry-after': '1' }, body: secondary });
    for (let i = 0; i < 2; i += 1) {
      await expect(octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).rejects.toMatchObject({
        status: 403,
        response: { data: secondary, headers: { 'retry-after': '1' } },
      });
    }
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).status).toBe(200);
    expect(emulator.requests.filter((request) => request.path.includes('/git/ref/')).map((request) => request.status)).toEqual([403, 403, 200]);
  });

  it('delays responses by the latency and by a fault delay', async () => {
    const { owner, repo } = await freshRepo();
    emulator.setLatency(50);
    let started = Date.now();
    await octokit.rest.repos.get({ owner, repo });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    emulator.setLatency(0);
    emulator.inject({ path: `/repos/${owner}/${repo}`, status: 200, body: { slow: true }, delayMs: 100 });
    started = Date.now();
    expect((await octokit.rest.repos.get({ owner, repo })).data).toEqual({ slow: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('logs every request with its status and query, for counting', async () => {
    const { owner, repo } = await freshRepo();
    emulator.resetLog();
    await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    await expect(octokit.rest.git.getRef({ owner, repo, ref: 'heads/tusk/main' })).rejects.toMatchObject({ status: 404 });
    await octokit.rest.repos.listCommits({ owner, repo, sha: 'main', per_page: 5 });
    expect(emulator.count('GET', /\/git\/ref\/heads\//)).toBe(2);
    expect(emulator.count('get', /\/git\/ref\/heads\/tusk\/main$/)).toBe(1);
    expect(emulator.requests).toEqual([
      { method: 'GET', path: `/repos/${owner}/${repo}/git/ref/heads/main`, status: 200, query: {} },
      { method: 'GET', path: `/repos/${owner}/${repo}/git/ref/heads/tusk/main`, status: 404, query: {} },
      { method: 'GET', path: `/repos/${owner}/${repo}/commits`, status: 200, query: { sha: 'main', per_page: '5' } },
    ]);
    emulator.resetLog();
    expect(emulator.requests).toEqual([]);
  });

  it('deletes its repositories on close', async () => {
    const other = await GitHubEmulator.start();
    await other.createRepo('a', 'b');
    const dir = other.repoDir('a', 'b');
    expect(existsSync(dir)).toBe(true);
    await other.close();
    expect(existsSync(dir)).toBe(false);
  });
});
