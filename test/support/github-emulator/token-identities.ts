import { HttpError, json, type Reply } from './http.js';

/**
 * Who a token acts as. `actions` is GITHUB_TOKEN (the github-actions app's installation), `app`
 * another app's installation token, `user` a personal access token.
 */
export interface TokenIdentity {
  kind: 'actions' | 'app' | 'user';
  /** The login REST shows, e.g. on comments: `github-actions[bot]`, `NAME[bot]`, or the user's. */
  login: string;
  /** The account's id: REST's `user.id`, GraphQL's `databaseId`. */
  id: number;
}

/** GITHUB_TOKEN's identity on github.com: every token the emulator knows acts as it unless told otherwise. */
export const GITHUB_ACTIONS_BOT: TokenIdentity = { kind: 'actions', login: 'github-actions[bot]', id: 41898282 };

/**
 * `GET /user`: the account of a personal token; an installation token (GITHUB_TOKEN, an app's)
 * is refused, as GitHub refuses it, since it acts for no user.
 */
export function userReply(identity: TokenIdentity | null): Reply {
  if (!identity) throw new HttpError(401, 'Requires authentication');
  if (identity.kind !== 'user') throw new HttpError(403, 'Resource not accessible by integration');
  return json(200, { login: identity.login, id: identity.id, node_id: `U_${identity.id}`, type: 'User', site_admin: false });
}

/**
 * `POST /graphql`, for the one query Tusk makes: `viewer`, which answers for every kind of token.
 * GraphQL names a bot without REST's `[bot]` suffix (its type says it is one); its databaseId is
 * REST's id.
 */
export function graphqlReply(identity: TokenIdentity | null, body: unknown): Reply {
  // Only a known token has an identity: without one, GraphQL refuses, as GitHub does anonymous calls.
  if (!identity) throw new HttpError(401, 'This endpoint requires you to be authenticated.');
  const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
  const fields =
    typeof query === 'string'
      ? /\bviewer\s*\{([^{}]*)\}/
          .exec(query)?.[1]
          ?.split(/[\s,]+/)
          .filter(Boolean)
      : undefined;
  if (!fields) return json(200, { errors: [{ message: 'the emulator answers only the viewer query' }] });
  const bot = identity.kind !== 'user';
  const known: Record<string, unknown> = {
    __typename: bot ? 'Bot' : 'User',
    login: bot ? identity.login.replace(/\[bot\]$/, '') : identity.login,
    databaseId: identity.id,
  };
  const unknown = fields.find((field) => !(field in known));
  if (unknown) return json(200, { errors: [{ message: `Field '${unknown}' doesn't exist on type '${bot ? 'Bot' : 'User'}'` }] });
  return json(200, { data: { viewer: Object.fromEntries(fields.map((field) => [field, known[field]])) } });
}
