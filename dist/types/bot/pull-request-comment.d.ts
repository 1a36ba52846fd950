import type { GitHubClient } from '../github/octokit.js';
/** The hidden line that finds the bot's comment again: one comment per pull request and data branch. */
export declare function commentMarker(dataBranch: string): string;
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
export declare function findComment(octokit: GitHubClient, target: CommentTarget): Promise<ExistingComment | null>;
/** Creates the comment, or updates the one already there: never a second one. */
export declare function upsertComment(octokit: GitHubClient, target: CommentTarget, existing: ExistingComment | null, body: string): Promise<string>;
