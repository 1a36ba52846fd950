import type { CommitObject } from './commit-object.js';
import type { IssueComment, PullRequest, Repo } from './repos.js';

/** The JSON bodies GitHub answers with, trimmed to the fields a client relies on. */

const WEB_URL = 'https://github.com';

function apiUrl(baseUrl: string, repo: Repo, suffix: string): string {
  return `${baseUrl}/repos/${repo.fullName}${suffix}`;
}

function nodeId(kind: string, id: string | number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64');
}

export function repoShape(baseUrl: string, repo: Repo, sizeKiB: number): object {
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: { login: repo.owner, type: 'User' },
    private: repo.isPrivate,
    visibility: repo.isPrivate ? 'private' : 'public',
    fork: false,
    default_branch: repo.defaultBranch,
    size: sizeKiB,
    url: apiUrl(baseUrl, repo, ''),
    html_url: `${WEB_URL}/${repo.fullName}`,
  };
}

export function refShape(baseUrl: string, repo: Repo, ref: string, sha: string): object {
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: apiUrl(baseUrl, repo, `/git/${ref}`),
    object: { sha, type: 'commit', url: apiUrl(baseUrl, repo, `/git/commits/${sha}`) },
  };
}

/** A commit as the Git Data API shows it (`/git/commits/{sha}`). */
export function gitCommitShape(baseUrl: string, repo: Repo, commit: CommitObject): object {
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: apiUrl(baseUrl, repo, `/git/commits/${commit.sha}`),
    html_url: `${WEB_URL}/${repo.fullName}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: apiUrl(baseUrl, repo, `/git/trees/${commit.tree}`) },
    parents: commit.parents.map((sha) => ({ sha, url: apiUrl(baseUrl, repo, `/git/commits/${sha}`) })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
  };
}

/** A commit as the repository API shows it (`/commits/{ref}`, `/commits`, `/compare`). */
export function repoCommitShape(baseUrl: string, repo: Repo, commit: CommitObject): object {
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: apiUrl(baseUrl, repo, `/commits/${commit.sha}`),
    html_url: `${WEB_URL}/${repo.fullName}/commit/${commit.sha}`,
    commit: {
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: apiUrl(baseUrl, repo, `/git/trees/${commit.tree}`) },
      comment_count: 0,
    },
    // The GitHub users behind the signatures: the emulator has none.
    author: null,
    committer: null,
    parents: commit.parents.map((sha) => ({ sha, url: apiUrl(baseUrl, repo, `/commits/${sha}`) })),
  };
}

export function pullShape(baseUrl: string, repo: Repo, pull: PullRequest): object {
  const headRepo = pull.head.repo;
  return {
    number: pull.number,
    url: apiUrl(baseUrl, repo, `/pulls/${pull.number}`),
    html_url: `${WEB_URL}/${repo.fullName}/pull/${pull.number}`,
    state: 'open',
    title: pull.title,
    user: { login: pull.user, type: 'User' },
    head: {
      label: `${headRepo.owner}:${pull.head.branch}`,
      ref: pull.head.branch,
      sha: pull.headSha,
      repo: { name: headRepo.name, full_name: headRepo.fullName, owner: { login: headRepo.owner }, fork: headRepo !== repo },
    },
    base: {
      label: `${repo.owner}:${pull.baseBranch}`,
      ref: pull.baseBranch,
      sha: pull.baseSha,
      repo: { name: repo.name, full_name: repo.fullName, owner: { login: repo.owner }, fork: false },
    },
    merge_commit_sha: pull.mergeSha,
    mergeable: pull.mergeSha !== null,
    merged: false,
  };
}

export interface IssueCommentView {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
}

export function commentShape(baseUrl: string, repo: Repo, comment: IssueComment): IssueCommentView {
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: apiUrl(baseUrl, repo, `/issues/comments/${comment.id}`),
    html_url: `${WEB_URL}/${repo.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: apiUrl(baseUrl, repo, `/issues/${comment.issueNumber}`),
    body: comment.body,
    user: { login: comment.author.login, id: comment.author.id, type: comment.author.kind === 'user' ? 'User' : 'Bot' },
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  };
}

/** Base64 as GitHub's blob and contents APIs send it: a newline after every 60 characters. */
export function wrappedBase64(content: Buffer): string {
  const encoded = content.toString('base64');
  const lines = encoded.match(/.{1,60}/g) ?? [];
  return lines.map((line) => `${line}\n`).join('');
}
