import type { GitHubClient } from '../github/octokit.js';
/** Who the job's token acts as: the account its comments are written by. */
export interface TokenIdentity {
    /** The account id (REST `user.id`, GraphQL `databaseId`); null when only the login is known. */
    id: number | null;
    login: string;
}
/** An author as REST shows it on a comment. */
export interface CommentAuthor {
    login: string;
    id?: number;
}
/**
 * The token's identity. GraphQL's `viewer` answers for every kind of token, GITHUB_TOKEN and app
 * installation tokens included, with no permission to ask for (REST `GET /user` refuses those);
 * `GET /user` is asked only when GraphQL cannot be reached, for a personal token.
 */
export declare function tokenIdentity(octokit: GitHubClient): Promise<TokenIdentity>;
/** Whether `author` is the token's account: by id where both sides have one, else by login. */
export declare function isAuthoredBy(author: CommentAuthor | null | undefined, identity: TokenIdentity): boolean;
