/**
 * Child processes started from a small helper process instead of from this one. Starting a
 * process forks its parent first, and the fork's cost grows with the parent's memory: spawning
 * `true` took 2.5 ms from a 50 MB Node process and 30 ms from a 550 MB one, which a jest worker
 * holding emulators and test data soon is (most grow to 300 to 500 MB). The emulator's git
 * commands and the tests' git fixtures go through here.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** From the repository's root, two folders up both here and in the benchmark's bundle (.bench/build/). */
const HELPER = fileURLToPath(new URL('../../test/support/spawner-helper.mjs', import.meta.url));
const SYNC_WORKER = fileURLToPath(new URL('../../test/support/spawner-sync-worker.mjs', import.meta.url));
/**
 * The helper that the jest worker keeps for all the test files it runs (jest-environment.mjs): its
 * socket's path, and connections to it that end with the test file. Elsewhere (a benchmark), a
 * process's asynchronous and streamed commands go through a helper of its own; synchronous ones need
 * this one.
 */
const WORKER_HELPER = (globalThis as { __TUSK_SPAWNER__?: { path: string; connect(): Socket } }).__TUSK_SPAWNER__;

export interface SpawnedResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

interface Reply {
  id: number;
  error?: string;
  /** A streamed command runs, with this pid. */
  pid?: number;
  code?: number;
  stdout?: string;
  stderr?: string;
}

/**
 * A command started from the helper whose stdout (and stdin, when asked) stream between it and
 * this process over a Unix socket: for long-lived or large-output commands (git cat-file --batch,
 * git archive). Its 'close' event comes once it has exited and all its output is read, with its
 * exit code and stderr, as a ChildProcess's does; a failure to start is an 'error', then 'close'.
 */
export class StreamedChild extends EventEmitter {
  readonly stdout = new PassThrough();
  readonly stdin = new PassThrough();
  private pid: number | undefined;
  private pendingSignal: NodeJS.Signals | undefined;
  private socket: Socket | undefined;
  private exit: { code: number; stderr: string } | undefined;
  private stdoutEnded = false;
  private held = true;
  private readonly onRelease: (child: StreamedChild) => void;

  constructor(onRelease: (child: StreamedChild) => void) {
    super();
    this.onRelease = onRelease;
    this.stdout.on('end', () => {
      this.stdoutEnded = true;
      this.closeIfDone();
    });
  }

  /** Sends `signal` to the command, now or as soon as it runs; a command already gone is no error. */
  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.pid === undefined) this.pendingSignal = signal;
    else if (this.exit === undefined) {
      try {
        process.kill(this.pid, signal);
      } catch {
        // It ended meanwhile.
      }
    }
  }

  /** Lets this process end while the command still runs (a reader kept for a repository's life). */
  unref(): void {
    this.socket?.unref();
    this.release();
  }

  connected(socket: Socket): void {
    this.socket = socket;
    if (!this.held) socket.unref();
    socket.on('error', () => {});
    socket.pipe(this.stdout);
    this.stdin.pipe(socket);
  }

  settle(reply: Reply): void {
    if (reply.pid !== undefined) {
      this.pid = reply.pid;
      if (this.pendingSignal) this.kill(this.pendingSignal);
      return;
    }
    this.release();
    if (reply.error !== undefined) {
      this.exit = { code: -1, stderr: reply.error };
      this.emit('error', new Error(reply.error));
      if (!this.socket) this.stdout.end();
      this.stdout.resume();
    } else this.exit = { code: reply.code!, stderr: reply.stderr! };
    this.closeIfDone();
  }

  private release(): void {
    if (!this.held) return;
    this.held = false;
    this.onRelease(this);
  }

  private closeIfDone(): void {
    if (this.exit === undefined || !this.stdoutEnded) return;
    this.emit('close', this.exit.code, this.exit.stderr);
  }
}

interface Waiting {
  resolve: (result: SpawnedResult) => void;
  reject: (error: Error) => void;
}

class Spawner {
  /** Requests go to the helper here, and its replies come back there. */
  private readonly requests: Writable;
  /** What keeps this process alive while the helper works for it. */
  private readonly handles: { ref(): unknown; unref(): unknown }[];
  private readonly waiting = new Map<number, Waiting>();
  private readonly streamed = new Map<number, StreamedChild>();
  /** Streamed commands that keep this process alive (those not unref'd that have not ended). */
  private readonly holding = new Set<StreamedChild>();
  private server: { listening: Promise<Server>; path: string } | null = null;
  private nextId = 0;

  constructor() {
    let replies: Readable;
    if (WORKER_HELPER !== undefined) {
      const socket = WORKER_HELPER.connect();
      socket.on('error', () => {}); // 'close' follows, and says it
      socket.on('close', () => this.helperGone());
      this.requests = replies = socket;
      this.handles = [socket];
    } else {
      const helper = spawn(process.execPath, [HELPER], { stdio: ['pipe', 'pipe', 'inherit'] });
      helper.on('exit', () => this.helperGone());
      this.requests = helper.stdin;
      replies = helper.stdout;
      this.handles = [helper, helper.stdout as unknown as Socket, helper.stdin as unknown as Socket];
    }
    createInterface({ input: replies }).on('line', (line) => this.settle(JSON.parse(line) as Reply));
    this.hold(false);
  }

  private helperGone(): void {
    for (const waiting of this.waiting.values()) waiting.reject(new Error('the spawner helper exited'));
    this.waiting.clear();
    for (const [id, child] of this.streamed) child.settle({ id, error: 'the spawner helper exited' });
    this.streamed.clear();
    this.server?.listening.then(
      (server) => server.close(),
      () => {},
    );
    if (shared === this) shared = null;
  }

  /** The helper keeps this process alive only while it runs something for it; it ends with this process. */
  private hold(held: boolean): void {
    for (const handle of this.handles) {
      if (held) handle.ref();
      else handle.unref();
    }
  }

  private updateHold(): void {
    this.hold(this.waiting.size + this.holding.size > 0);
  }

  /** A Unix socket in Linux's abstract namespace (no file to clean up) that the helper connects streams to. */
  private listen(): { listening: Promise<Server>; path: string } {
    if (this.server) return this.server;
    const path = `\0tusk-spawner-${process.pid}-${randomUUID()}`;
    const server = createServer((socket) => this.accept(socket));
    server.unref();
    const listening = new Promise<Server>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve(server));
    });
    this.server = { listening, path };
    return this.server;
  }

  /** A connection from the helper starts with the request's id on a line of its own. */
  private accept(socket: Socket): void {
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const newline = head.indexOf(0x0a);
      if (newline < 0) return;
      socket.off('data', onData);
      socket.pause();
      const rest = head.subarray(newline + 1);
      if (rest.length > 0) socket.unshift(rest);
      const child = this.streamed.get(Number(head.subarray(0, newline).toString('ascii')));
      if (child) child.connected(socket);
      else socket.destroy();
    };
    socket.on('data', onData);
  }

  start(command: string, args: string[], env: Record<string, string>, options: { stdin: boolean }): StreamedChild {
    const id = this.nextId++;
    const child = new StreamedChild((released) => {
      this.holding.delete(released);
      this.updateHold();
    });
    this.streamed.set(id, child);
    this.holding.add(child);
    this.updateHold();
    child.once('close', () => this.streamed.delete(id));
    const server = this.listen();
    server.listening.then(
      () => this.requests.write(`${JSON.stringify({ id, command, args, env, socket: server.path, stdin: options.stdin })}\n`),
      (error: Error) => child.settle({ id, error: `cannot listen for the helper: ${error.message}` }),
    );
    return child;
  }

  run(command: string, args: string[], env: Record<string, string>, input?: string | Buffer): Promise<SpawnedResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.updateHold();
      const encoded = input === undefined ? undefined : Buffer.from(input).toString('base64');
      this.requests.write(`${JSON.stringify({ id, command, args, env, input: encoded })}\n`);
    });
  }

  private settle(reply: Reply): void {
    const child = this.streamed.get(reply.id);
    if (child) return child.settle(reply);
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    this.updateHold();
    if (reply.error !== undefined) waiting.reject(new Error(reply.error));
    else waiting.resolve({ exitCode: reply.code!, stdout: Buffer.from(reply.stdout!, 'base64'), stderr: reply.stderr! });
  }
}

let shared: Spawner | null = null;

/** Runs `command` with `env` (and nothing else of this process's environment), fed `input`, from the helper. */
export function spawnThroughHelper(command: string, args: string[], env: Record<string, string>, input?: string | Buffer): Promise<SpawnedResult> {
  shared ??= new Spawner();
  return shared.run(command, args, env, input);
}

/**
 * Starts `command` with `env` from the helper, its stdout (and stdin, if `stdin`) streaming to
 * and from this process: the fork of this process that a spawn costs is the helper's instead.
 */
export function startThroughHelper(command: string, args: string[], env: Record<string, string>, options: { stdin: boolean }): StreamedChild {
  shared ??= new Spawner();
  return shared.start(command, args, env, options);
}

interface SyncChannel {
  worker: Worker;
  port: MessagePort;
  /** 0 while a command runs, 1 once its reply is on the port. */
  done: Int32Array;
  idle: NodeJS.Timeout | undefined;
}

/** A test waits no longer than jest's own test timeout (jest.config.js): a blocked thread cannot time out. */
const SYNC_TIMEOUT_MS = 60_000;
/** The worker thread and its helper go after this long unused: a test file's last command leaves nothing behind. */
const SYNC_IDLE_MS = 2_000;

let syncChannel: SyncChannel | null = null;

function openSyncChannel(): SyncChannel {
  if (WORKER_HELPER === undefined) throw new Error('spawnSyncThroughHelper needs the helper of jest-environment.mjs (jest.config.js names it)');
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(SYNC_WORKER, { workerData: { port: port2, done, helperSocket: WORKER_HELPER.path }, transferList: [port2] });
  worker.unref();
  return { worker, port: port1, done, idle: undefined };
}

function closeSyncChannel(channel: SyncChannel): void {
  clearTimeout(channel.idle);
  void channel.worker.terminate();
  if (syncChannel === channel) syncChannel = null;
}

/**
 * spawnThroughHelper for callers that cannot wait (test fixtures that are plain functions): a
 * worker thread runs the command from the helper while this thread sleeps until it is done.
 */
export function spawnSyncThroughHelper(command: string, args: string[], env: Record<string, string>, input?: string | Buffer): SpawnedResult {
  const channel = (syncChannel ??= openSyncChannel());
  clearTimeout(channel.idle);
  Atomics.store(channel.done, 0, 0);
  channel.port.postMessage({ command, args, env, input });
  if (Atomics.wait(channel.done, 0, 0, SYNC_TIMEOUT_MS) === 'timed-out') {
    // Its late reply must not be taken for the next command's.
    closeSyncChannel(channel);
    throw new Error(`${command} ${args.join(' ')} did not finish within ${SYNC_TIMEOUT_MS / 1000} s`);
  }
  channel.idle = setTimeout(() => closeSyncChannel(channel), SYNC_IDLE_MS).unref();
  const reply = receiveMessageOnPort(channel.port)!.message as { result: SpawnedResult & { stdout: Uint8Array } } | { error: string };
  if ('error' in reply) throw new Error(reply.error);
  const { stdout } = reply.result;
  return { ...reply.result, stdout: Buffer.from(stdout.buffer, stdout.byteOffset, stdout.byteLength) };
}
