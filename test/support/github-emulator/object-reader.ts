import { startThroughHelper, type StreamedChild } from '../spawner.js';

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface ObjectInfo {
  sha: string;
  type: ObjectType;
  size: number;
}

interface Waiter {
  wantsContent: boolean;
  resolve(answer: (ObjectInfo & { content?: Buffer }) | null): void;
  reject(error: Error): void;
}

const HEADER = /^([0-9a-f]{40}) (blob|tree|commit|tag) (\d+)$/;

/**
 * One `git cat-file --batch-command` for the life of a repository: a busy emulator reads thousands
 * of objects, and a process each would cost more than the reads. It answers in the order asked, and
 * reads refs and objects afresh each time, so writes by other git processes are seen.
 */
export class ObjectReader {
  private child: StreamedChild | null = null;
  private readonly waiting: Waiter[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The header of an object whose content is still arriving. */
  private header: ObjectInfo | null = null;

  constructor(
    private readonly gitDir: string,
    private readonly env: Record<string, string>,
  ) {}

  /** What `rev` names (any revision git reads, such as `sha^{tree}`), or null when it names nothing. */
  info(rev: string): Promise<ObjectInfo | null> {
    return this.ask('info', rev, false);
  }

  async contents(rev: string): Promise<(ObjectInfo & { content: Buffer }) | null> {
    return (await this.ask('contents', rev, true)) as (ObjectInfo & { content: Buffer }) | null;
  }

  close(): void {
    this.child?.stdin.end();
    this.child = null;
  }

  private ask(command: string, rev: string, wantsContent: boolean): Promise<(ObjectInfo & { content?: Buffer }) | null> {
    // A line is one command: a revision with a line break in it names nothing.
    if (/[\n\r]/.test(rev) || rev === '') return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      this.waiting.push({ wantsContent, resolve, reject });
      this.process().stdin.write(`${command} ${rev}\n`);
    });
  }

  /** Started from the spawner's helper: a jest worker that forks for each repository pays for its size each time. */
  private process(): StreamedChild {
    if (this.child) return this.child;
    const child = startThroughHelper('git', [`--git-dir=${this.gitDir}`, 'cat-file', '--batch-command'], this.env, { stdin: true });
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.on('error', () => {}); // 'close' follows, and says it
    child.on('close', (code: number, stderr: string) => {
      if (this.child === child) this.child = null;
      const error = new Error(`git cat-file --batch-command in ${this.gitDir} exited with ${code}: ${stderr.trim()}`);
      this.chunks = [];
      this.buffered = 0;
      this.header = null;
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    });
    // A test that forgets to close its emulator must not be kept alive by this process.
    child.unref();
    this.child = child;
    return child;
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.waiting.length > 0) {
      if (!this.header) {
        const joined = this.joined();
        const newline = joined.indexOf(0x0a);
        if (newline < 0) return;
        const line = joined.toString('utf8', 0, newline);
        this.take(newline + 1);
        const match = HEADER.exec(line);
        // Anything else is "<rev> missing" or "<rev> ambiguous": no object.
        const info = match ? { sha: match[1]!, type: match[2] as ObjectType, size: Number(match[3]) } : null;
        if (!info || !this.waiting[0]!.wantsContent) {
          this.waiting.shift()!.resolve(info);
          continue;
        }
        this.header = info;
      }
      if (this.buffered < this.header.size + 1) return;
      const joined = this.joined();
      const content = joined.subarray(0, this.header.size);
      this.take(this.header.size + 1);
      const info = this.header;
      this.header = null;
      this.waiting.shift()!.resolve({ ...info, content });
    }
  }

  /** Everything received and not yet taken, as one buffer. */
  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private take(bytes: number): void {
    const rest = this.joined().subarray(bytes);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
  }
}
