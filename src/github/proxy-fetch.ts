import { EnvHttpProxyAgent, fetch } from 'undici';
import { BlobBody } from './blob-body.js';

/**
 * fetch through the proxy the environment names: undici's EnvHttpProxyAgent reads https_proxy,
 * http_proxy and no_proxy in either case (lower case first), and undici's own fetch drives it, so
 * that fetch and agent fit each other on whatever Node runs them. timed-fetch.ts loads this module
 * only when a proxy is named: undici adds to start-up time what no other run needs.
 */
export function proxyFetch(): (url: string | URL, init: RequestInit) => Promise<Response> {
  const dispatcher = new EnvHttpProxyAgent();
  return (url, { headers, body, ...init }) => {
    // Node's own Headers and body classes are not undici's: headers go as a plain record, and the
    // only bodies Tusk sends are JSON text and a new blob's, made as it is sent or joined (blob-body.ts).
    if (body != null && typeof body !== 'string' && !(body instanceof BlobBody) && !(body instanceof Uint8Array)) {
      throw new TypeError(`a request through a proxy takes a text body or a blob's: ${init.method ?? 'GET'} ${String(url)}`);
    }
    return fetch(url, { ...init, headers: Object.fromEntries(new Headers(headers)), body, dispatcher });
  };
}
