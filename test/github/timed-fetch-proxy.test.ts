/** timedFetch's timeouts and aborts hold the same through a proxy, where undici's fetch sends the request. */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlobBody } from '../../src/github/blob-body.js';
import { RequestTimeout, timedFetch } from '../../src/github/timed-fetch.js';
import { HttpProxy } from '../support/http-proxy.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'];

describe('timedFetch through a proxy', () => {
  let url: string;
  let server: Server;
  let proxy: HttpProxy;
  const saved = new Map(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  const handlers: Record<string, (response: ServerResponse, body: string) => void> = {
    '/hung': () => {},
    '/stalls': (response) => {
      response.writeHead(200);
      response.write(Buffer.alloc(1000, 1));
    },
    '/echo': (response, body) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'x-ratelimit-remaining': '7' });
      response.end(body);
    },
  };

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => handlers[request.url ?? '']?.(response, `${request.method} ${request.headers['x-probe']} ${body}`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    proxy = await HttpProxy.start();
    for (const name of PROXY_VARIABLES) delete process.env[name];
    process.env.http_proxy = proxy.url;
  });
  afterAll(async () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await proxy.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the method, headers and body, and returns the answer', async () => {
    const response = await timedFetch({ timeoutMs: 5000 })(`${url}/echo`, { method: 'POST', headers: new Headers({ 'x-probe': 'yes' }), body: '{"a":1}' });
    expect(await response.text()).toBe('POST yes {"a":1}');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('7');
    expect(proxy.requests).toContain(`POST ${url}/echo`);
  });

  it("sends a new blob's body as it is made, with its length", async () => {
    const content = Buffer.from('{"repo":"a/b"}\n');
    const body = new BlobBody([content.subarray(0, 5), content.subarray(5)]);
    const headers = { 'x-probe': String(body.length), 'content-length': String(body.length) };
    const response = await timedFetch({ timeoutMs: 5000 })(`${url}/echo`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
    expect(await response.text()).toBe(`POST ${body.length} {"encoding":"base64","content":"${content.toString('base64')}"}`);
  });

  it('gives up a request that gets no response, and a body that stops coming', async () => {
    const fetch = timedFetch({ timeoutMs: 300 });
    await expect(fetch(`${url}/hung`)).rejects.toThrow(new RequestTimeout(`no response for 300ms: GET ${url}/hung`));
    const stalled = await fetch(`${url}/stalls`);
    await expect(stalled.arrayBuffer()).rejects.toThrow(`no data for 300ms: GET ${url}/stalls`);
    expect(proxy.requests).toEqual(expect.arrayContaining([`GET ${url}/hung`, `GET ${url}/stalls`]));
  });

  it("passes the caller's abort through as the caller's reason", async () => {
    const controller = new AbortController();
    const reason = new Error('stopped');
    setTimeout(() => controller.abort(reason), 200);
    const hung = () => proxy.requests.filter((request) => request === `GET ${url}/hung`).length;
    const before = hung();
    await expect(timedFetch({ timeoutMs: 60_000 })(`${url}/hung`, { signal: controller.signal })).rejects.toBe(reason);
    expect(hung()).toBe(before + 1);
  });

  it('refuses what it cannot send as given rather than send something else', async () => {
    const fetch = timedFetch({ timeoutMs: 5000 });
    await expect(fetch(new Request(`${url}/echo`))).rejects.toThrow(`timedFetch takes a URL, not a Request: ${url}/echo`);
    await expect(fetch(`${url}/echo`, { method: 'POST', body: new Blob(['x']) })).rejects.toThrow(
      `a request through a proxy takes a text body or a blob's: POST ${url}/echo`,
    );
  });
});
