import { type GitHubClient } from '../github/octokit.js';
import type { RepoBackend } from '../store/repo-backend.js';
import { type TokenIdentity } from './token-identity.js';
/** What a comment describes: the pull request's head, and the base data commit it was compared with. */
export interface CommentState {
    head: string;
    base: string | null;
}
/** The hidden first line of the bot's comment: one comment per pull request and data branch. */
export declare function commentMarker(dataBranch: string, state: CommentState): string;
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
/** The bot's own comment on the pull request: the first of its own (see ownComments). */
export declare function findOwnComment(octokit: GitHubClient, target: CommentTarget, identity: TokenIdentity): Promise<ExistingComment | null>;
/**
 * After this run created its comment: two runs that both found none both create one. The first
 * comment stays, showing the newer of the states (this run's, unless it already shows a newer
 * one), and every later one of the bot's is deleted (by whichever run gets there; a comment
 * already gone is fine). Resolves to the URL of the comment that stays.
 */
export declare function settleDuplicates(octokit: GitHubClient, backend: RepoBackend, target: CommentTarget, identity: TokenIdentity, ours: {
    state: CommentState;
    body: string;
}): Promise<string | null>;
/**
 * Why this run's comment is out of date, or null when it is not: the pull request moved on since
 * the run read it, and the run for the new head comments. Asked before the comments are read, so
 * that a newer run's comment, if it landed since, is seen next (see newerComment).
 */
export declare function pullRequestMovedOn(octokit: GitHubClient, target: CommentTarget, ours: CommentState): Promise<string | null>;
/**
 * Why the comment already there must stay, or null when this run may replace it: it shows a newer
 * head, or the same head against newer base data (a later run finished first). The comment never
 * goes back to an older state.
 */
export declare function newerComment(backend: RepoBackend, existing: ExistingComment | null, ours: CommentState): Promise<string | null>;
/** Creates the comment, or updates the bot's own one: never a second one. */
export declare function upsertComment(octokit: GitHubClient, target: CommentTarget, existing: ExistingComment | null, body: string): Promise<string>;
