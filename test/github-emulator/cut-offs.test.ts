import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { freshRepo } from './helpers.js';

let emulator: GitHubEmulator;

beforeAll(async () => {
  emulator = await GitHubEmulator.start({ tokens: { 'rw-token': 'write' } });
});

afterAll(() => emulator.close());

afterEach(() => {
  emulator.setLatency(0);
  emulator.resetLog();
});

/**
 * A client that reads a commit over and over; on SIGTERM it lets the request in flight finish,
 * prints its status and exits, as a well-behaved action does when its job is cancelled.
 */
const POLLER = `
let stopping = false;
process.on('SIGTERM', () => { stopping = true; console.log('SIGTERM'); });
(async () => {
  while (!stopping) {
    const response = await fetch(process.env.TARGET, { headers: { authorization: 'token rw-token' } });
    await response.arrayBuffer();
    console.log('status ' + response.status);
  }
  console.log('stopped');
})();
`;

function spawnPoller(target: string): { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['-e', POLLER], { env: { PATH: process.env.PATH, TARGET: target }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => stdout, exited };
}

describe('cut-offs', () => {
  it('signals the process when the n-th matching request arrives, then answers that request as usual', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const path = `/repos/${owner}/${repo}/commits/main`;
    // The signal lands while the third request is still being answered.
    emulator.setLatency(100);
    const poller = spawnPoller(`${emulator.url}${path}`);
    const cutOff = emulator.cutOff({ method: 'GET', path, after: 3, pid: poller.child.pid!, signal: 'SIGTERM' });
    expect(await poller.exited).toEqual({ code: 0, signal: null });

    expect(poller.output()).toBe('status 200\nstatus 200\nSIGTERM\nstatus 200\nstopped\n');
    expect(cutOff).toMatchObject({ seen: 3, firedAt: expect.any(Number), error: null });
    expect(emulator.cutOffs).toContain(cutOff);
    expect(emulator.requests.map((request) => request.status)).toEqual([200, 200, 200]);
    // Nothing arrived in the 5 seconds after the signal: the process stopped starting work.
    expect(emulator.requestsBetween(cutOff.firedAt! + 1, cutOff.firedAt! + 5000)).toEqual([]);
  });

  it('kills a process with its request in flight, and still answers the request', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const path = `/repos/${owner}/${repo}/commits/main`;
    emulator.setLatency(200);
    const poller = spawnPoller(`${emulator.url}${path}`);
    const before = Date.now();
    const cutOff = emulator.cutOff({ path: /\/commits\/main$/, pid: poller.child.pid!, signal: 'SIGKILL' });
    expect(await poller.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(poller.output()).toBe('');
    expect(cutOff.firedAt).toBeGreaterThanOrEqual(before);
    while (emulator.requests[0]?.status === 0) await sleep(20);
    expect(emulator.requests).toEqual([{ method: 'GET', path, status: 200, query: {} }]);
  });

  it('ignores requests that do not match, and records why a signal could not be sent', async () => {
    const { owner, repo } = await freshRepo(emulator);
    const poller = spawnPoller(`${emulator.url}/repos/${owner}/${repo}/commits/main`);
    const never = emulator.cutOff({ method: 'POST', path: `/repos/${owner}/${repo}/commits`, pid: poller.child.pid!, signal: 'SIGKILL' });
    const stop = emulator.cutOff({ path: `/repos/${owner}/${repo}/commits`, after: 2, pid: poller.child.pid!, signal: 'SIGTERM' });
    await poller.exited;
    expect(never).toMatchObject({ seen: 0, firedAt: null });
    expect(stop.firedAt).not.toBeNull();

    const late = emulator.cutOff({ path: `/repos/${owner}/${repo}`, pid: poller.child.pid!, signal: 'SIGTERM' });
    await fetch(`${emulator.url}/repos/${owner}/${repo}`);
    expect(late).toMatchObject({ firedAt: null, error: expect.stringContaining('ESRCH') });
  });
});
