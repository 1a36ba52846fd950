/**
 * Child processes started from a small helper process instead of from this one. Starting a
 * process forks its parent first, and the fork's cost grows with the parent's memory: spawning
 * `true` took 2.5 ms from a 50 MB Node process and 30 ms from a 550 MB one, which a jest worker
 * holding emulators and test data soon is. The emulator's git commands go through here.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** From the repository's root, two folders up both here and in the benchmark's bundle (.bench/build/). */
const HELPER = fileURLToPath(new URL('../../test/support/spawner-helper.mjs', import.meta.url));

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
