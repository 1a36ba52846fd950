import { createGitHubClient, retryPauseUnitMs } from '../../src/github/octokit.js';
import { GitHubEmulator } from '../support/github-emulator/index.js';

describe('retries of failed requests', () => {
  let emulator: GitHubEmulator;
  beforeAll(async () => {
    emulator = await GitHubEmulator.start();
    await emulator.createRepo('acme', 'data');
  });
  afterAll(() => emulator.close());

  it('pause 1, 4 and 9 sixtieths of the request timeout: seconds at the default minute', () => {
    expect(retryPauseUnitMs(60_000)).toBe(1000);
    expect(retryPauseUnitMs(3000)).toBe(50);
  });

  it('try a request that fails with 5xx three more times, then take its answer', async () => {
    const octokit = createGitHubClient({ token: 'test-token', baseUrl: emulator.url, warn: () => {}, requestTimeoutMs: 600 });
    emulator.inject({ method: 'GET', path: /^\/repos\/acme\/data$/, status: 502, times: 3 });
    emulator.resetLog();
    const { data } = await octokit.rest.repos.get({ owner: 'acme', repo: 'data' });
    expect(data.full_name).toBe('acme/data');
    expect(emulator.requests.map((r) => r.status)).toEqual([502, 502, 502, 200]);

    emulator.inject({ method: 'GET', path: /^\/repos\/acme\/data$/, status: 500, times: 4 });
    emulator.resetLog();
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'data' })).rejects.toMatchObject({ status: 500 });
    expect(emulator.requests.map((r) => r.status)).toEqual([500, 500, 500, 500]);
    // At the default timeout, these retries would pause 2 × 14 s: well past this test's bound.
  }, 10_000);
});
