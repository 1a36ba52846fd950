/**
 * Child processes started from a small helper process instead of from this one. Starting a
 * process forks its parent first, and the fork's cost grows with the parent's memory: spawning
 * `true` took 2.5 ms from a 50 MB Node process and 30 ms from a 550 MB one, which a jest worker
 * holding emulators and test data soon is (most grow to 300 to 500 MB). The emulator's git
 * commands and the tests' git fixtures go through here.
 *
 * This file is also loaded outside jest, by Node itself, in the worker thread behind
 * spawnSyncThroughHelper: it keeps to TypeScript that Node can strip (no enums, no parameter
 * properties).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** From the repository's root, two folders up both here and in the benchmark's bundle (.bench/build/). */
const HELPER = fileURLToPath(new URL('../../test/support/spawner-helper.mjs', import.meta.url));
const SYNC_WORKER = fileURLToPath(new URL('../../test/support/spawner-sync-worker.mjs', import.meta.url));

export interface SpawnedResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

interface Reply {
  id: number;
  error?: string;
  code?: number;
  stdout?: string;
  stderr?: string;
}

interface Waiting {
  resolve: (result: SpawnedResult) => void;
  reject: (error: Error) => void;
}

class Spawner {
  private readonly helper: ChildProcessByStdio<Writable, Readable, null>;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;

  constructor() {
    this.helper = spawn(process.execPath, [HELPER], { stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: this.helper.stdout }).on('line', (line) => this.settle(JSON.parse(line) as Reply));
    this.helper.on('exit', () => {
      for (const waiting of this.waiting.values()) waiting.reject(new Error('the spawner helper exited'));
      this.waiting.clear();
      if (shared === this) shared = null;
    });
    this.hold(false);
  }

  /** The helper keeps this process alive only while it runs something for it; it ends with this process. */
  private hold(held: boolean): void {
    for (const handle of [this.helper, this.helper.stdout as unknown as Socket, this.helper.stdin as unknown as Socket]) {
      if (held) handle.ref();
      else handle.unref();
    }
  }

  run(command: string, args: string[], env: Record<string, string>, input?: string | Buffer): Promise<SpawnedResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.hold(true);
      this.waiting.set(id, { resolve, reject });
      const encoded = input === undefined ? undefined : Buffer.from(input).toString('base64');
      this.helper.stdin.write(`${JSON.stringify({ id, command, args, env, input: encoded })}\n`);
    });
  }

  private settle(reply: Reply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.hold(false);
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
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(SYNC_WORKER, { workerData: { port: port2, done }, transferList: [port2] });
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
