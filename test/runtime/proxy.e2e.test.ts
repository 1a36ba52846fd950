/**
 * Requests through a proxy, as on a self-hosted runner behind one: https_proxy, http_proxy and
 * no_proxy (either case) hold for every request the action and the CLI make, API and archive
 * downloads alike. A real proxy on loopback stands between Tusk and the GitHub emulator.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { actionNode, oldestSupportedNode, type NodeRuntime } from '../../scripts/action-node.mjs';
import { timedFetch } from '../../src/github/timed-fetch.js';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { expectedStats, seedGoRepo, type GoRepoSpec } from '../support/go-repos.js';
import { HttpProxy, HttpsFront, selfSignedCertificate } from '../support/http-proxy.js';
import { pushEvent, runAction } from '../support/run-action.js';
import { tusk } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'];
const REPOS: GoRepoSpec[] = [
  { owner: 'go', repo: 'alpha', deps: ['example.com/one'], bodyLines: 4 },
  { owner: 'go', repo: 'beta', deps: [], bodyLines: 7 },
];
const resultsLine = (spec: GoRepoSpec): string => `${spec.owner}/${spec.repo}, ${expectedStats(spec).deps}, ${expectedStats(spec).lines}`;

/** `GET /repos/acme/data/...`: a request as the emulator logs it (decoded path, no query). */
function asLogged(passed: string): string {
  const [method, url] = passed.split(' ') as [string, string];
  return `${method} ${decodeURIComponent(new URL(url).pathname)}`;
}

describe('requests through a proxy', () => {
  let emulator: GitHubEmulator;
  let proxy: HttpProxy;
  let dir: ReturnType<typeof tempDir>;
  const saved = new Map(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  const loggedByEmulator = () => emulator.requests.map((entry) => `${entry.method} ${entry.path}`).sort();

  beforeEach(async () => {
    for (const name of PROXY_VARIABLES) delete process.env[name];
    emulator = await GitHubEmulator.start();
    for (const spec of REPOS) await seedGoRepo(emulator, spec);
    await emulator.createRepo('acme', 'data');
    await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/alpha\ngo/beta\n' }, 'projects');
    emulator.requests.length = 0;
    proxy = await HttpProxy.start();
    dir = tempDir('tusk-proxy-');
  });
  afterEach(async () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await proxy.close();
    await emulator.close();
    dir.cleanup();
  });

  /** `tusk ARGV... --github acme/data` in-process, as a user whose process environment is what the test set. */
  const cli = (...argv: string[]) =>
    tusk([...argv, '--github', 'acme/data'], {
      cwd: dir.path,
      env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: emulator.url, GITHUB_SERVER_URL: emulator.serverUrl },
    });

  it('tusk run sends every request through http_proxy: API requests and archive downloads', async () => {
    process.env.http_proxy = proxy.url;
    expect((await cli('run')).code).toBe(0);
    expect(git(emulator.repoDir('acme', 'data'), 'show', 'tusk/main:stats/results')).toBe(REPOS.map(resultsLine).join('\n'));
    // What the emulator served is exactly what passed through the proxy.
    expect(proxy.requests.map(asLogged).sort()).toEqual(loggedByEmulator());
    expect(proxy.requests).toContainEqual(expect.stringMatching(/^GET http:\/\/127\.0\.0\.1:\d+\/go\/alpha\/archive\/HEAD\.tar\.gz$/));
    expect(proxy.requests).toContainEqual(expect.stringMatching(/^POST http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/data\/git\/commits$/));
  });

  it('a host in no_proxy is reached directly, and NO_PROXY counts the same', async () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.no_proxy = 'example.com';
    expect((await cli('run')).code).toBe(0);
    expect(proxy.requests.length).toBeGreaterThan(5);

    const throughProxy = proxy.requests.length;
    const served = emulator.requests.length;
    process.env.no_proxy = 'example.com,127.0.0.1';
    expect((await cli('log')).code).toBe(0);
    delete process.env.no_proxy;
    process.env.NO_PROXY = `127.0.0.1:${new URL(emulator.url).port}`;
    expect((await cli('get', 'stats/results')).out).toBe(`${REPOS.map(resultsLine).join('\n')}\n`);
    expect(emulator.requests.length).toBeGreaterThan(served);
    expect(proxy.requests.length).toBe(throughProxy);
  });

  it('a proxy that does not answer fails the request: nothing goes around it', async () => {
    const gone = await HttpProxy.start();
    await gone.close();
    process.env.https_proxy = gone.url;
    process.env.http_proxy = gone.url;
    await expect(timedFetch({ timeoutMs: 5000 })(`${emulator.url}/rate_limit`)).rejects.toThrow('fetch failed');
    expect(emulator.requests).toEqual([]);
    delete process.env.https_proxy;
    delete process.env.http_proxy;
    expect((await timedFetch({ timeoutMs: 5000 })(`${emulator.url}/rate_limit`)).status).toBe(200);
  });

  describe('the bundles', () => {
    let actionRuntime: NodeRuntime;
    let oldest: NodeRuntime;
    beforeAll(() => {
      actionRuntime = actionNode(ROOT);
      oldest = oldestSupportedNode(ROOT);
    }, 180_000);

    it('dist/index.js on the Node action.yml names: a push commits through http_proxy', async () => {
      const env = join(dir.path, 'proxy.env');
      writeFileSync(env, `http_proxy=${proxy.url}\n`);
      const head = git(emulator.repoDir('acme', 'data'), 'rev-parse', 'main');
      const run = await runAction({
        apiUrl: emulator.url,
        repository: 'acme/data',
        event: pushEvent('main', null, head),
        node: actionRuntime.path,
        nodeArgs: [`--env-file=${env}`],
      });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ processed: '2', added: '2' });
      expect(proxy.requests.map(asLogged).sort()).toEqual(loggedByEmulator());
      expect(proxy.requests.length).toBeGreaterThan(5);
    }, 60_000);

    it('dist/cli.js on the oldest supported Node: HTTPS through HTTPS_PROXY, trusting the CA in NODE_EXTRA_CA_CERTS', async () => {
      const tls = selfSignedCertificate(dir.path);
      const front = await HttpsFront.start(emulator.url, tls);
      try {
        // The API and the archive URLs are HTTPS; the archives redirect to the emulator's plain HTTP, which HTTPS_PROXY does not cover.
        const env = {
          PATH: process.env.PATH ?? '',
          HOME: dir.path,
          GITHUB_TOKEN: 'test-token',
          GITHUB_API_URL: front.url,
          GITHUB_SERVER_URL: front.url,
          HTTPS_PROXY: proxy.url,
          NODE_EXTRA_CA_CERTS: tls.certFile,
        };
        const run = await promisify(execFile)(oldest.path, [join(ROOT, 'dist', 'cli.js'), 'run', '--github', 'acme/data'], { cwd: dir.path, env });
        expect(run.stdout).toMatch(/: 2 computed, 0 reused, 0 failed/);
        expect(git(emulator.repoDir('acme', 'data'), 'show', 'tusk/main:stats/results')).toBe(REPOS.map(resultsLine).join('\n'));
        expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(front.url).host]));
        expect(proxy.requests).toEqual([]);
        // Every HTTPS request reached the server over a connection the proxy made; the rest were the plain HTTP archive downloads.
        expect(front.arrivals.length).toBeGreaterThan(5);
        expect(front.arrivals.filter((arrival) => !proxy.carried(arrival.remotePort))).toEqual([]);
        expect(emulator.requests.filter((entry) => !entry.path.startsWith('/_codeload/')).length).toBe(front.arrivals.length);
        expect(
          emulator.requests
            .filter((entry) => entry.path.startsWith('/_codeload/'))
            .map((entry) => entry.path)
            .sort(),
        ).toEqual(['/_codeload/go/alpha/tar.gz/HEAD', '/_codeload/go/beta/tar.gz/HEAD']);
      } finally {
        await front.close();
      }
    }, 60_000);
  });
});
