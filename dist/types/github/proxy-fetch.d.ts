/**
 * fetch through the proxy the environment names: undici's EnvHttpProxyAgent reads https_proxy,
 * http_proxy and no_proxy in either case (lower case first), and undici's own fetch drives it, so
 * that fetch and agent fit each other on whatever Node runs them. timed-fetch.ts loads this module
 * only when a proxy is named: undici adds to start-up time what no other run needs.
 */
export declare function proxyFetch(): (url: string | URL, init: RequestInit) => Promise<Response>;
