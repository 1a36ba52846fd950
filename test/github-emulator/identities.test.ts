import { RequestError } from '@octokit/request-error';
import { GITHUB_ACTIONS_BOT, GitHubEmulator } from '../support/github-emulator/index.js';
import { client, freshRepo } from './helpers.js';

let emulator: GitHubEmulator;

beforeAll(async () => {
  emulator = await GitHubEmulator.start({
    tokens: { 'actions-token': 'write', 'app-token': 'write', 'pat-token': 'write' },
    identities: { 'app-token': { kind: 'app', login: 'tusk-data[bot]', id: 9001 }, 'pat-token': { kind: 'user', login: 'octo', id: 5 } },
  });
});
afterAll(() => emulator.close());

async function status(promise: Promise<unknown>): Promise<number> {
  return promise.then(
    () => 200,
    (error: unknown) => (error instanceof RequestError ? error.status : -1),
  );
}

describe('who a token acts as', () => {
  it('GET /user answers a personal token, and refuses installation tokens as GitHub does', async () => {
    expect((await client(emulator, 'pat-token').rest.users.getAuthenticated()).data).toMatchObject({ login: 'octo', id: 5, type: 'User' });
    await expect(client(emulator, 'actions-token').rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(await status(client(emulator, 'app-token').rest.users.getAuthenticated())).toBe(403);
    expect(await status(client(emulator).rest.users.getAuthenticated())).toBe(401);
  });

  it("GraphQL's viewer answers every kind of token, a bot's login without REST's [bot], and costs no REST quota", async () => {
    const before = emulator.quota('actions-token').used;
    const viewer = (token: string) => client(emulator, token).graphql<{ viewer: unknown }>('query { viewer { login databaseId __typename } }');
    expect(await viewer('actions-token')).toEqual({ viewer: { login: 'github-actions', databaseId: GITHUB_ACTIONS_BOT.id, __typename: 'Bot' } });
    expect(await viewer('app-token')).toEqual({ viewer: { login: 'tusk-data', databaseId: 9001, __typename: 'Bot' } });
    expect(await viewer('pat-token')).toEqual({ viewer: { login: 'octo', databaseId: 5, __typename: 'User' } });
    await expect(client(emulator, 'pat-token').graphql('query { viewer { email } }')).rejects.toThrow("Field 'email' doesn't exist");
    expect(emulator.quota('actions-token').used).toBe(before);
  });

  it("comments carry their author's REST identity", async () => {
    const { owner, repo } = await freshRepo(emulator);
    await emulator.commitFiles(owner, repo, 'feature', { 'x.txt': 'x\n' }, 'x', { from: 'main' });
    const pull = await emulator.createPullRequest({ owner, repo, base: 'main', head: { owner, repo, branch: 'feature' } });
    for (const token of ['actions-token', 'app-token', 'pat-token']) {
      await client(emulator, token).rest.issues.createComment({ owner, repo, issue_number: pull.number, body: token });
    }
    const { data } = await client(emulator, 'pat-token').rest.issues.listComments({ owner, repo, issue_number: pull.number });
    expect(data.map((comment) => comment.user)).toEqual([
      { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      { login: 'tusk-data[bot]', id: 9001, type: 'Bot' },
      { login: 'octo', id: 5, type: 'User' },
    ]);
  });
});
