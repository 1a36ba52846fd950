import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { authorize, type Permission } from './auth.js';
import { FaultList } from './faults.js';
import { errorReply, HttpError, notFound, type Reply } from './http.js';
import { RateLimit } from './rate-limit.js';
import type { RepoStore } from './repos.js';
import { RequestLog } from './request-log.js';
import { findRoute, type Route } from './router.js';

const HOST = '127.0.0.1';

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}

/** The HTTP side: routing, credentials, injected faults, latency, rate-limit headers and the request log. */
export class EmulatorServer {
  readonly faults = new FaultList();
  readonly log = new RequestLog();
  latencyMs = 0;
  private readonly rateLimit = new RateLimit();
  private readonly server: Server;
  private lastRequestId = 0;
  private baseUrl = '';

  constructor(
    private readonly routes: Route[],
    private readonly store: RepoStore,
    private readonly tokens: ReadonlyMap<string, Permission>,
  ) {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() => response.destroy());
    });
  }

  /** Listens on a random port of the loopback interface only; resolves to the root URL. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, HOST, resolve);
    });
    this.baseUrl = `http://${HOST}:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      // Keep-alive connections would hold close() open until they time out.
      this.server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const method = request.method ?? 'GET';
    const path = decodePath(url.pathname);
    const entry = this.log.record(method, path, url.searchParams);
    const reply = await this.reply(request, method, path, url).catch(errorReply);
    entry.status = reply.status;
    await this.send(response, reply);
  }

  private async reply(request: IncomingMessage, method: string, path: string, url: URL): Promise<Reply> {
    const body = await readJsonBody(request);
    await sleep(this.latencyMs);
    const fault = this.faults.take(method, path);
    if (fault) {
      await sleep(fault.delayMs);
      return fault.reply;
    }
    return this.dispatch(request, method, path, url, body);
  }

  private async dispatch(request: IncomingMessage, method: string, path: string, url: URL, body: unknown): Promise<Reply> {
    const match = findRoute(this.routes, method, path);
    if (!match) throw notFound();
    if (!match.route.anonymous) authorize(this.tokens, request.headers, method, match.route.writePermission);
    const repo = this.store.find(match.params.owner ?? '', match.params.repo ?? '');
    if (!repo) throw notFound();
    const context = { repo, params: match.params, query: url.searchParams, headers: request.headers, body, url, baseUrl: this.baseUrl, store: this.store };
    return match.route.handle(context);
  }

  private async send(response: ServerResponse, reply: Reply): Promise<void> {
    const contentType: Record<string, string> = reply.json === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' };
    response.writeHead(reply.status, { ...this.standardHeaders(), ...contentType, ...reply.headers });
    if (reply.raw instanceof Readable) {
      // The status is already sent: a failure mid-stream can only cut the connection, as on GitHub.
      await pipeline(reply.raw, response).catch(() => response.destroy());
    } else {
      response.end(reply.json === undefined ? reply.raw : JSON.stringify(reply.json));
    }
  }

  private standardHeaders(): Record<string, string> {
    this.lastRequestId += 1;
    const requestId = `E0E0:${process.pid.toString(16).toUpperCase()}:${this.lastRequestId.toString(16).toUpperCase().padStart(6, '0')}`;
    return { ...this.rateLimit.nextHeaders(), 'x-github-request-id': requestId };
  }
}
