import { errorMessage } from '../error-message.js';
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

const VIEWER_QUERY = 'query { viewer { login databaseId } }';

/**
 * The token's identity. GraphQL's `viewer` answers for every kind of token, GITHUB_TOKEN and app
 * installation tokens included, with no permission to ask for (REST `GET /user` refuses those);
 * `GET /user` is asked only when GraphQL cannot be reached, for a personal token.
 */
export async function tokenIdentity(octokit: GitHubClient): Promise<TokenIdentity> {
  let viewerError: unknown;
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string; databaseId: number | null } }>(VIEWER_QUERY);
    return { id: viewer.databaseId ?? null, login: viewer.login };
  } catch (error) {
    viewerError = error;
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { id: data.id, login: data.login };
  } catch (error) {
    throw new Error(
      `cannot tell which account the token acts as, so cannot tell the bot's comment from others: GraphQL viewer: ${errorMessage(viewerError)}; GET /user: ${errorMessage(error)}`,
      { cause: error },
    );
  }
}

/** A bot's login without REST's `[bot]` suffix, which GraphQL leaves out. */
function bareLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}

/** Whether `author` is the token's account: by id where both sides have one, else by login. */
export function isAuthoredBy(author: CommentAuthor | null | undefined, identity: TokenIdentity): boolean {
  if (!author) return false;
  if (identity.id !== null && author.id !== undefined) return author.id === identity.id;
  return bareLogin(author.login) === bareLogin(identity.login);
}
