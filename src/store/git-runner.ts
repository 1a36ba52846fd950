import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface GitResult {
  stdout: string;
  exitCode: number;
  stderr: string;
}

/** Fallback identity, used only where git has none configured (a fresh CI machine). */
const IDENTITY_ENV = {
  GIT_AUTHOR_NAME: 'Tusk',
  GIT_AUTHOR_EMAIL: 'tusk@localhost',
  GIT_COMMITTER_NAME: 'Tusk',
  GIT_COMMITTER_EMAIL: 'tusk@localhost',
};

/** Runs git in one repository: arguments as a list (never a shell), input on stdin. */
export class GitRunner {
  private identity: Record<string, string> | undefined;

  constructor(readonly cwd: string) {}

  /** Runs git; resolves whatever the exit code, for commands whose failure is an answer. */
  exec(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      // A process group of its own: Ctrl-C on a terminal reaches the whole foreground group, and a
      // git command cut off there would leave the commit of what a cancelled run finished undone.
      const child = spawn('git', args, { cwd: this.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', (error) => reject(this.spawnError(error)));
      child.on('close', (code) =>
        resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), exitCode: code ?? -1 }),
      );
      // git may exit before it reads its input (a failed command): a broken pipe is then no error of ours.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    });
  }

  /** Node says `spawn git ENOENT` both when git is missing and when the folder to run it in is. */
  private spawnError(error: Error & { code?: unknown }): Error {
    if (error.code !== 'ENOENT') return error;
    if (!existsSync(this.cwd)) return new Error(`${this.cwd}: no such folder`);
    return new Error(`git is not installed, or not on the PATH (${error.message})`);
  }

  /** Runs git and returns its stdout; throws with git's message on failure. */
  async run(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<string> {
    const result = await this.exec(args, options);
    if (result.exitCode !== 0) throw new Error(`git ${args[0]} failed in ${this.cwd}: ${result.stderr.trim()}`);
    return result.stdout;
  }

  /** Environment for commands that write commits: the user's identity, or Tusk's when none is set. */
  async commitEnv(): Promise<Record<string, string>> {
    if (!this.identity) {
      // Both keys from one git (it lowercases their names); an identity needs both.
      const found = await this.exec(['config', '--get-regexp', '^user\\.(name|email)$']);
      const keys = new Set(found.stdout.split('\n').map((line) => line.split(' ', 1)[0]));
      this.identity = keys.has('user.name') && keys.has('user.email') ? {} : IDENTITY_ENV;
    }
    return this.identity;
  }
}
