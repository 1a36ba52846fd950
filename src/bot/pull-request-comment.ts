import type { GitHubClient } from '../github/octokit.js';
import { explainRefusal } from '../github/permission-error.js';

/** The hidden line that finds the bot's comment again: one comment per pull request and data branch. */
export function commentMarker(dataBranch: string): string {
  return `<!-- tusk:data-diff ${encodeURIComponent(dataBranch)} -->`;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  marker: string;
}

export interface ExistingComment {
  id: number;
  url: string;
  body: string;
}

/** The bot's comment on the pull request, if it made one. */
export async function findComment(octokit: GitHubClient, target: CommentTarget): Promise<ExistingComment | null> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullNumber,
    per_page: 100,
  });
  const found = comments.find((comment) => comment.body?.startsWith(target.marker));
  return found ? { id: found.id, url: found.html_url, body: found.body ?? '' } : null;
}

/** Creates the comment, or updates the one already there: never a second one. */
export async function upsertComment(
  octokit: GitHubClient,
  target: CommentTarget,
  existing: ExistingComment | null,
  body: string,
): Promise<string> {
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
