import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { once } from 'node:events';

/** Where a request is sent on: a server's host and port. */
interface Target {
  host: string;
  port: number;
}

/** A plain HTTP request as it passed: `GET http://127.0.0.1:4000/path?query`. */
export type PassedRequest = string;

async function listen(server: Server | HttpsServer): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closeServer(server: Server | HttpsServer): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** Sends `request` on to `target` and its answer back, the connection onward made by `open`. */
function forward(request: IncomingMessage, response: ServerResponse, target: Target, onSocket: (socket: Socket) => void): void {
  const onward = httpRequest(
    { host: target.host, port: target.port, method: request.method, path: request.url, headers: request.headers, agent: false },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(response);
    },
  );
  onward.on('socket', onSocket);
  onward.on('error', () => response.destroy());
  request.pipe(onward);
}

/**
 * An HTTP proxy on 127.0.0.1, as self-hosted runners sit behind: it tunnels CONNECT requests and
 * forwards plain ones (an absolute URL in the request line). It keeps what passed through it: each
 * tunnel's target, and each plain HTTP request, forwarded or read inside a tunnel to a plain HTTP
 * server (a TLS tunnel stays opaque). `carried` tells a server behind it whether a connection came
 * from the proxy or straight from the client.
 */
export class HttpProxy {
  /** `host:port` of every CONNECT, in order. */
  readonly tunnels: string[] = [];
  /** Every plain HTTP request that passed, in order. */
  readonly requests: PassedRequest[] = [];
  private readonly onwardPorts = new Set<number>();
  /** Every connection in and out, cut by close() whatever state it is in. */
  private readonly sockets = new Set<Socket>();
  /** Reads the HTTP requests inside tunnels to plain HTTP servers. */
  private readonly insideTunnels: Server;
  private readonly tunnelTargets = new WeakMap<Socket, Target>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    this.insideTunnels = createServer((request, response) => {
      const target = this.tunnelTargets.get(request.socket)!;
      this.requests.push(`${request.method} http://${target.host}:${target.port}${request.url}`);
      forward(request, response, target, (socket) => this.remember(socket));
    });
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const url = new URL(request.url ?? '');
      this.requests.push(`${request.method} ${url.href}`);
      forward(request, response, { host: url.hostname, port: Number(url.port || 80) }, (socket) => this.remember(socket));
    });
    server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => void this.tunnel(request, client, head));
    server.on('connection', (socket: Socket) => this.track(socket));
  }

  static async start(): Promise<HttpProxy> {
    const server = createServer();
    return new HttpProxy(server, `http://${await listen(server)}`);
  }

  /** Whether a connection from `remotePort`, accepted by a server behind this proxy, is one of the proxy's own. */
  carried(remotePort: number | undefined): boolean {
    return remotePort !== undefined && this.onwardPorts.has(remotePort);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await closeServer(this.insideTunnels);
    await closeServer(this.server);
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  private remember(socket: Socket): void {
    this.track(socket);
    const note = () => socket.localPort !== undefined && this.onwardPorts.add(socket.localPort);
    if (socket.connecting) socket.once('connect', note);
    else note();
  }

  private async tunnel(request: IncomingMessage, client: Socket, head: Buffer): Promise<void> {
    const authority = request.url ?? '';
    this.tunnels.push(authority);
    const separator = authority.lastIndexOf(':');
    const target = { host: authority.slice(0, separator), port: Number(authority.slice(separator + 1)) };
    client.on('error', () => client.destroy());
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const first = head.length > 0 ? head : ((await once(client, 'data')) as [Buffer])[0];
    client.pause();
    client.unshift(first);
    // A TLS handshake starts with byte 0x16: that tunnel is passed through as bytes.
    if (first[0] === 0x16) {
      const onward = connect(target.port, target.host);
      this.remember(onward);
      onward.on('error', () => client.destroy());
      client.on('close', () => onward.destroy());
      onward.pipe(client);
      client.pipe(onward);
      return;
    }
    this.tunnelTargets.set(client, target);
    this.insideTunnels.emit('connection', client);
    client.resume();
  }
}

/** A certificate for 127.0.0.1 and its key, made with openssl: `cert` is also the authority to trust. */
export function selfSignedCertificate(dir: string): { key: string; cert: string; certFile: string } {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
}

/**
 * HTTPS in front of a plain HTTP server (the emulator speaks plain HTTP), as a GitHub Enterprise
 * Server's API is served: each request is forwarded, and the sockets it came on are kept, so a test
 * can ask whether they came through a proxy.
 */
export class HttpsFront {
  /** Every request, with the port its connection came from (read on arrival: a closed socket forgets it). */
  readonly arrivals: { request: PassedRequest; remotePort: number | undefined }[] = [];

  private constructor(
    private readonly server: HttpsServer,
    readonly url: string,
  ) {}

  static async start(target: string, tls: { key: string; cert: string }): Promise<HttpsFront> {
    const behind = new URL(target);
    const server = createHttpsServer(tls);
    const front = new HttpsFront(server, `https://${await listen(server)}`);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      front.arrivals.push({ request: `${request.method} ${front.url}${request.url}`, remotePort: request.socket.remotePort });
      forward(request, response, { host: behind.hostname, port: Number(behind.port) }, () => {});
    });
    return front;
  }

  async close(): Promise<void> {
    await closeServer(this.server);
  }
}
