import { httpStatus, type GitHubClient } from '../github/octokit.js';

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

/** A comment write refused for want of a permission gets a message that says which one. */
function explainWriteError(error: unknown): never {
  if (httpStatus(error) === 403 || httpStatus(error) === 404) {
    throw new Error(
      'cannot write the pull request comment: the token lacks write access to pull requests. ' +
        'Give the job `permissions: pull-requests: write` (on pull_request from a fork, use pull_request_target).',
    );
  }
  throw error;
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
    return explainWriteError(error);
  }
}
