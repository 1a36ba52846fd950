import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { canSee } from './access.js';
import { authorize, knownToken, type Permission } from './auth.js';
import { CutOffList } from './cut-offs.js';
import { FaultList } from './faults.js';
import { errorReply, HttpError, json, notFound, type Reply } from './http.js';
import { movedReply } from './moved.js';
import { PrimaryQuota, type QuotaOptions } from './rate-limit.js';
import type { RepoStore } from './repos.js';
import { RequestLog } from './request-log.js';
import { findRoute, surfaceOf, type Route, type Surface } from './router.js';
import { sendStalled } from './stall.js';
import { GITHUB_ACTIONS_BOT, graphqlReply, userReply, type TokenIdentity } from './token-identities.js';

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

/** Aborted when the emulator closes: every request in flight waits on it, so it may have many listeners. */
function closingSignal(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

/** One request as the server sees it. */
interface Exchange {
  request: IncomingMessage;
  method: string;
  path: string;
  url: URL;
  surface: Surface;
  /** A token the emulator knows, or null: whose quota the request spends. */
  token: string | null;
}

function isRateLimitRequest(method: string, path: string): boolean {
  return method === 'GET' && path === '/rate_limit';
}

/** GraphQL has a quota of its own (points, not requests): the REST quota does not count it. */
function isGraphqlRequest(method: string, path: string): boolean {
  return method === 'POST' && path === '/graphql';
}

/** GraphQL's points: the emulator spends none of them (one viewer query a run is all Tusk asks). */
const GRAPHQL_QUOTA_HEADERS = {
  'x-ratelimit-limit': '5000',
  'x-ratelimit-remaining': '4999',
  'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
  'x-ratelimit-used': '1',
  'x-ratelimit-resource': 'graphql',
};

/** A reply, and whether its body stalls after some bytes; null: no reply at all. */
type Answer = { reply: Reply; stallAfterBytes?: number } | null;

/** The HTTP side: routing, credentials, the quota, injected faults and cut-offs, latency and the request log. */
export class EmulatorServer {
  readonly faults = new FaultList();
  readonly log = new RequestLog();
  readonly cutOffs = new CutOffList();
  readonly quota: PrimaryQuota;
  latencyMs = 0;
  /** Aborted by close(): wakes delayed and hung requests so that nothing outlives the emulator. */
  private readonly closing = closingSignal();
  private readonly server: Server;
  private lastRequestId = 0;
  private baseUrl = '';

  constructor(
    private readonly routes: Route[],
    private readonly store: RepoStore,
    private readonly tokens: ReadonlyMap<string, Permission>,
    private readonly identities: ReadonlyMap<string, TokenIdentity>,
    quotaOptions?: QuotaOptions,
  ) {
    this.quota = new PrimaryQuota(quotaOptions);
    // Idle connections stay open for a minute, as behind GitHub's load balancers: with Node's
    // default of 5 s, a slow test (a large body built between two requests) could send on a
    // connection the server was closing, a reset no real run meets.
    this.server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
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

  /** Returns at once, even with responses that hang or stall: their connections are cut. */
  async close(): Promise<void> {
    this.closing.abort();
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
    this.cutOffs.arrived(method, path);
    const exchange: Exchange = { request, method, path, url, surface: surfaceOf(path), token: knownToken(this.tokens, request.headers) };
    const answer = await this.answer(exchange);
    if (answer) entry.status = answer.reply.status;
    // A client that hung up (a killed process) still had its request carried out, as on GitHub.
    if (!answer || response.destroyed) {
      response.destroy();
      return;
    }
    await this.send(response, exchange, answer.reply, answer.stallAfterBytes);
  }

  /** Only the API counts requests; a 304 and `GET /rate_limit` are free there, as on GitHub. */
  private async answer(exchange: Exchange): Promise<Answer> {
    try {
      const body = await readJsonBody(exchange.request);
      await sleep(this.latencyMs, undefined, { signal: this.closing.signal });
      const free = isRateLimitRequest(exchange.method, exchange.path) || isGraphqlRequest(exchange.method, exchange.path);
      const metered = exchange.surface === 'api' && !free;
      if (metered && !this.quota.charge(exchange.token)) {
        return { reply: this.quota.refusal(exchange.token, exchange.request.socket.remoteAddress ?? HOST) };
      }
      const answer = await this.faultOrRoute(exchange, body);
      if (metered && answer?.reply.status === 304) this.quota.refund(exchange.token);
      return answer;
    } catch (error) {
      return this.closing.signal.aborted ? null : { reply: errorReply(error) };
    }
  }

  private async faultOrRoute(exchange: Exchange, body: unknown): Promise<Answer> {
    const fault = this.faults.take(exchange.method, exchange.path);
    if (fault?.kind === 'hang') {
      await this.untilGone(exchange.request);
      return null;
    }
    if (fault?.kind === 'answer') {
      await sleep(fault.delayMs, undefined, { signal: this.closing.signal });
      return { reply: fault.reply };
    }
    const reply = await this.dispatch(exchange, body).catch(errorReply);
    if (fault?.kind === 'hold') {
      await Promise.race([fault.until, new Promise((resolve) => this.closing.signal.addEventListener('abort', resolve, { once: true }))]);
      return { reply };
    }
    return fault ? { reply, stallAfterBytes: fault.afterBytes } : { reply };
  }

  /** Resolves when the client hangs up or the emulator closes. */
  private untilGone(request: IncomingMessage): Promise<void> {
    return new Promise((resolve) => {
      this.closing.signal.addEventListener('abort', () => resolve(), { once: true });
      request.socket.once('close', () => resolve());
    });
  }

  private async dispatch(exchange: Exchange, body: unknown): Promise<Reply> {
    const { request, method, path, url, surface, token } = exchange;
    if (isRateLimitRequest(method, path)) {
      authorize(this.tokens, request.headers, method, '');
      return json(200, this.quota.body(token));
    }
    const identity = this.identityOf(token);
    if (method === 'GET' && path === '/user') {
      authorize(this.tokens, request.headers, method, '');
      return userReply(identity);
    }
    if (isGraphqlRequest(method, path)) return graphqlReply(identity, body);
    const match = findRoute(this.routes, method, path);
    if (!match) throw notFound();
    if (match.route.surface === 'api') authorize(this.tokens, request.headers, method, match.route.writePermission);
    const { params } = match;
    const repo = params.repoId === undefined ? this.store.find(params.owner ?? '', params.repo ?? '') : this.store.byId(Number(params.repoId));
    if (!repo) return this.movedOrMissing(exchange, params);
    if (!canSee(repo, surface, token, url.searchParams)) throw notFound();
    const context = { repo, params, query: url.searchParams, headers: request.headers, body, url, baseUrl: this.baseUrl, store: this.store, identity };
    return match.route.handle(context);
  }

  /** Who a known token acts as: GITHUB_TOKEN's bot unless the emulator was told otherwise. */
  private identityOf(token: string | null): TokenIdentity | null {
    return token === null ? null : (this.identities.get(token) ?? GITHUB_ACTIONS_BOT);
  }

  private movedOrMissing({ method, url, surface, token }: Exchange, params: Record<string, string | undefined>): Reply {
    const moved = this.store.movedFrom(params.owner ?? '', params.repo ?? '');
    if (!moved || !canSee(moved, surface, token, url.searchParams)) throw notFound();
    return movedReply(surface, method, url, moved);
  }

  private async send(response: ServerResponse, { surface, token, method, path }: Exchange, reply: Reply, stallAfterBytes?: number): Promise<void> {
    const contentType: Record<string, string> = reply.json === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' };
    // The quota's headers come from the API alone, as codeload and github.com send none; GraphQL's name its own quota.
    const quotaHeaders = surface !== 'api' ? {} : isGraphqlRequest(method, path) ? GRAPHQL_QUOTA_HEADERS : this.quota.headers(token);
    response.writeHead(reply.status, { ...quotaHeaders, 'x-github-request-id': this.nextRequestId(), ...contentType, ...reply.headers });
    const body = reply.json === undefined ? reply.raw : JSON.stringify(reply.json);
    if (stallAfterBytes !== undefined) {
      await sendStalled(response, body, stallAfterBytes);
    } else if (body instanceof Readable) {
      // The status is already sent: a failure mid-stream can only cut the connection, as on GitHub.
      await pipeline(body, response).catch(() => response.destroy());
    } else {
      response.end(body);
    }
  }

  private nextRequestId(): string {
    this.lastRequestId += 1;
    return `E0E0:${process.pid.toString(16).toUpperCase()}:${this.lastRequestId.toString(16).toUpperCase().padStart(6, '0')}`;
  }
}
