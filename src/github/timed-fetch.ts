import { formatDuration } from '../duration.js';
import type { ApiQuota } from './api-quota.js';
import { BlobBody } from './blob-body.js';

/** A request that got no answer, or a download that got no data, for too long. */
export class RequestTimeout extends Error {
  override name = 'RequestTimeout';
}

export interface TimedFetchOptions {
  /** The longest wait for a response, and then for each piece of its body. */
  timeoutMs: number;
  /** Counts the requests against the API quota (API requests only). */
  quota?: ApiQuota;
}

function describe(url: string | URL, init: RequestInit): string {
  return `${init.method ?? 'GET'} ${String(url).replace(/\?.*$/, '')}`;
}

type Send = (url: string | URL, init: RequestInit) => Promise<Response>;

/** The variables that name a proxy; no_proxy only exempts hosts from one. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/**
 * How requests leave: Node's fetch, or where the environment names a proxy (self-hosted runners
 * often sit behind one), undici's fetch through that proxy, loaded only then (proxy-fetch.ts).
 */
async function environmentSend(): Promise<Send> {
  if (!PROXY_VARIABLES.some((name) => process.env[name])) return fetch;
  const { proxyFetch } = await import('./proxy-fetch.js');
  return proxyFetch();
}

/**
 * Sends a request. A body made as it is sent (a new blob's, blob-body.ts) goes with redirect
 * "error": to be able to follow a redirect, fetch clones the request, and the clone's copy of the
 * body fills with all of it while the original is sent. GitHub redirects a write only to a
 * renamed repository's new place (307); then the body goes again in one buffer, which fetch can
 * send again there.
 */
async function sendBody(send: Send, url: string | URL, init: RequestInit): Promise<Response> {
  const { body } = init;
  if (!(body instanceof BlobBody)) return send(url, init);
  try {
    return await send(url, { ...init, redirect: 'error' });
  } catch (error) {
    if (!isRedirectRefused(error)) throw error;
    return send(url, { ...init, body: body.joined() });
  }
}

/** fetch's failure on a redirect it was told not to follow (undici's wording, under a TypeError). */
function isRedirectRefused(error: unknown): boolean {
  return (error as { cause?: { message?: unknown } } | null)?.cause?.message === 'unexpected redirect';
}

/** The response with `body` in place of its own, keeping what callers read of it. */
function withBody(response: Response, body: ReadableStream<Uint8Array>): Response {
  const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, 'url', { value: response.url });
  Object.defineProperty(copy, 'redirected', { value: response.redirected });
  return copy;
}

/**
 * fetch with a timeout on every request that measures silence, not length: no response, or no
 * new bytes of the body, for `timeoutMs` ends it. A long download goes on as long as bytes flow;
 * a stalled one is cut off instead of holding the run until the job is killed.
 */
export function timedFetch(options: TimedFetchOptions): typeof fetch {
  let send: Promise<Send> | undefined;
  return async (input, init = {}) => {
    // Its callers (Octokit, archive downloads) pass URLs; undici's fetch would not take Node's own Request.
    if (input instanceof Request) throw new TypeError(`timedFetch takes a URL, not a Request: ${input.url}`);
    send ??= environmentSend();
    const what = describe(input, init);
    const controller = new AbortController();
    const timeout = (phase: string) => () => controller.abort(new RequestTimeout(`${phase} for ${formatDuration(options.timeoutMs)}: ${what}`));
    const timer = setTimeout(timeout('no response'), options.timeoutMs);
    timer.unref();
    const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    options.quota?.started();
    let response: Response;
    try {
      response = await sendBody(await send, input, { ...init, signal });
    } catch (error) {
      options.quota?.settled(null);
      clearTimeout(timer);
      throw signal.aborted ? signal.reason : error;
    }
    options.quota?.settled(response.headers);
    if (!response.body) {
      clearTimeout(timer);
      return response;
    }
    // From here a second timer measures the silence between pieces of the body.
    const idle = setTimeout(timeout('no data'), options.timeoutMs);
    idle.unref();
    clearTimeout(timer);
    const watched = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, stream) {
          idle.refresh();
          stream.enqueue(chunk);
        },
        flush() {
          clearTimeout(idle);
        },
      }),
    );
    return withBody(response, watched);
  };
}
