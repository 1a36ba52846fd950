import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiQuota } from '../../src/github/api-quota.js';
import { RequestTimeout, timedFetch } from '../../src/github/timed-fetch.js';

/** A server on loopback whose handler a test picks by path. */
async function serve(handlers: Record<string, (response: ServerResponse) => void>): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => handlers[request.url ?? '']?.(response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('timedFetch', () => {
  let url: string;
  let server: Server;
  const timers: NodeJS.Timeout[] = [];
  beforeAll(async () => {
    ({ url, server } = await serve({
      '/hung': () => {},
      '/stalls': (response) => {
        response.writeHead(200, { 'x-ratelimit-remaining': '41' });
        response.write(Buffer.alloc(1000, 1));
      },
      // Ten pieces, 100 ms apart: a second in all, never more than 100 ms without data.
      '/steady': (response) => {
        response.writeHead(200);
        let sent = 0;
        const timer = setInterval(() => {
          response.write(Buffer.alloc(10, 2));
          if (++sent === 10) {
            clearInterval(timer);
            response.end();
          }
        }, 100);
        timers.push(timer);
      },
    }));
  });
  afterAll(async () => {
    timers.forEach(clearInterval);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('gives up a request that gets no response, naming it', async () => {
    const fetch = timedFetch({ timeoutMs: 300 });
    await expect(fetch(`${url}/hung`)).rejects.toThrow(new RequestTimeout(`no response for 300ms: GET ${url}/hung`));
  });

  it('gives up a body that stops coming, and counts the request against the quota', async () => {
    const quota = new ApiQuota();
    const fetch = timedFetch({ timeoutMs: 300, quota });
    const response = await fetch(`${url}/stalls`);
    expect(quota.state.remaining).toBe(41);
    await expect(response.arrayBuffer()).rejects.toThrow(`no data for 300ms: GET ${url}/stalls`);
  });

  it('lets a long body through while its pieces keep coming', async () => {
    const fetch = timedFetch({ timeoutMs: 500 });
    const body = Buffer.from(await (await fetch(`${url}/steady`)).arrayBuffer());
    expect(body).toEqual(Buffer.alloc(100, 2));
  });

  it("passes the caller's abort through as the caller's reason", async () => {
    const fetch = timedFetch({ timeoutMs: 60_000 });
    const controller = new AbortController();
    const reason = new Error('stopped');
    setTimeout(() => controller.abort(reason), 50);
    await expect(fetch(`${url}/hung`, { signal: controller.signal })).rejects.toBe(reason);
  });
});
