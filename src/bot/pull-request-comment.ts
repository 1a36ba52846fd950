import { httpStatus, type GitHubClient } from '../github/octokit.js';
import { explainRefusal } from '../github/permission-error.js';
import { isNewerInput } from '../pipeline/input-order.js';
import type { RepoBackend } from '../store/repo-backend.js';
import { isAuthoredBy, type TokenIdentity } from './token-identity.js';

/** What a comment describes: the pull request's head, and the base data commit it was compared with. */
export interface CommentState {
  head: string;
  base: string | null;
}

/**
 * The bot's first line: which data branch the comment is about, and the state it describes, so
 * that a run for an older state can tell and leave a newer comment alone. Comments of earlier
 * releases have the data branch only.
 */
const MARKER = /^<!-- tusk:data-diff (\S+)(?: head=([0-9a-f]{40}) base=([0-9a-f]{40}|none))? -->/;

/** The hidden first line of the bot's comment: one comment per pull request and data branch. */
export function commentMarker(dataBranch: string, state: CommentState): string {
  return `<!-- tusk:data-diff ${encodeURIComponent(dataBranch)} head=${state.head} base=${state.base ?? 'none'} -->`;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  dataBranch: string;
}

export interface ExistingComment {
  id: number;
  url: string;
  body: string;
  /** The state it describes; null for a comment of an earlier release, which said nothing of it. */
  state: CommentState | null;
}

/** The marker's data branch and state, when `body` starts with one. */
function markerOf(body: string): { dataBranch: string; state: CommentState | null } | null {
  const match = MARKER.exec(body);
  if (!match) return null;
  let dataBranch: string;
  try {
    dataBranch = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const state = match[2] ? { head: match[2], base: match[3] === 'none' ? null : match[3]! } : null;
  return { dataBranch, state };
}

/**
 * The bot's own comments on the pull request, oldest first: those with its marker written by the
 * token's account. Anyone can copy the marker into a comment of theirs; those are ignored and left
 * alone.
 */
async function ownComments(octokit: GitHubClient, target: CommentTarget, identity: TokenIdentity): Promise<ExistingComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullNumber,
    per_page: 100,
  });
  const own: ExistingComment[] = [];
  for (const comment of comments) {
    const marker = markerOf(comment.body ?? '');
    if (marker?.dataBranch !== target.dataBranch || !isAuthoredBy(comment.user, identity)) continue;
    own.push({ id: comment.id, url: comment.html_url, body: comment.body ?? '', state: marker.state });
  }
  return own;
}

/** The bot's own comment on the pull request: the first of its own (see ownComments). */
export async function findOwnComment(octokit: GitHubClient, target: CommentTarget, identity: TokenIdentity): Promise<ExistingComment | null> {
  return (await ownComments(octokit, target, identity))[0] ?? null;
}

/**
 * After this run created its comment: two runs that both found none both create one. The first
 * comment stays, showing the newer of the states (this run's, unless it already shows a newer
 * one), and every later one of the bot's is deleted (by whichever run gets there; a comment
 * already gone is fine). Resolves to the URL of the comment that stays.
 */
export async function settleDuplicates(
  octokit: GitHubClient,
  backend: RepoBackend,
  target: CommentTarget,
  identity: TokenIdentity,
  ours: { state: CommentState; body: string },
): Promise<string | null> {
  const [first, ...later] = await ownComments(octokit, target, identity);
  if (!first) return null;
  const coordinates = { owner: target.owner, repo: target.repo };
  try {
    if (first.body !== ours.body && !(await newerComment(backend, first, ours.state))) {
      await octokit.rest.issues.updateComment({ ...coordinates, comment_id: first.id, body: ours.body });
    }
    for (const comment of later) {
      await octokit.rest.issues.deleteComment({ ...coordinates, comment_id: comment.id }).catch((error: unknown) => {
        if (httpStatus(error) !== 404) throw error;
      });
    }
  } catch (error) {
    throw explainRefusal(error, { action: 'tidy the pull request comments', permission: 'pull-requests: write', statuses: [403, 404] });
  }
  return first.url;
}

/**
 * Why this run's comment is out of date, or null when it is not: the pull request moved on since
 * the run read it, and the run for the new head comments. Asked before the comments are read, so
 * that a newer run's comment, if it landed since, is seen next (see newerComment).
 */
export async function pullRequestMovedOn(octokit: GitHubClient, target: CommentTarget, ours: CommentState): Promise<string | null> {
  const { data: pull } = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.pullNumber });
  if (pull.head.sha === ours.head) return null;
  return `the pull request moved on to ${pull.head.sha.slice(0, 7)} while this run worked on ${ours.head.slice(0, 7)}: the run for the new head comments`;
}

/**
 * Why the comment already there must stay, or null when this run may replace it: it shows a newer
 * head, or the same head against newer base data (a later run finished first). The comment never
 * goes back to an older state.
 */
export async function newerComment(backend: RepoBackend, existing: ExistingComment | null, ours: CommentState): Promise<string | null> {
  const theirs = existing?.state;
  if (!theirs) return null;
  if (theirs.head !== ours.head) {
    // Both heads were the pull request's: the later one descends from the earlier (unless force-pushed away).
    return (await isNewerInput(backend, theirs.head, ours.head)) ? `it already shows a newer head (${theirs.head.slice(0, 7)})` : null;
  }
  if (theirs.base === ours.base || theirs.base === null) return null;
  if (ours.base === null || (await isNewerInput(backend, theirs.base, ours.base)))
    return `it already compares with newer base data (${theirs.base.slice(0, 7)})`;
  return null;
}

/** Creates the comment, or updates the bot's own one: never a second one. */
export async function upsertComment(octokit: GitHubClient, target: CommentTarget, existing: ExistingComment | null, body: string): Promise<string> {
  try {
    if (existing) {
      if (existing.body !== body) {
        await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
      }
      return existing.url;
    }
    const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.pullNumber, body });
    return data.html_url;
  } catch (error) {
    throw explainRefusal(error, {
      action: 'write the pull request comment',
      permission: 'pull-requests: write',
      statuses: [403, 404],
      hint: '(on pull_request from a fork, use pull_request_target)',
    });
  }
}
