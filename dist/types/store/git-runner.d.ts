export interface GitResult {
    stdout: string;
    exitCode: number;
    stderr: string;
}
/** Runs git in one repository: arguments as a list (never a shell), input on stdin. */
export declare class GitRunner {
    readonly cwd: string;
    private identity;
    constructor(cwd: string);
    /** Runs git; resolves whatever the exit code, for commands whose failure is an answer. */
    exec(args: string[], options?: {
        input?: string;
        env?: Record<string, string>;
    }): Promise<GitResult>;
    /** Node says `spawn git ENOENT` both when git is missing and when the folder to run it in is. */
    private spawnError;
    /** Runs git and returns its stdout; throws with git's message on failure. */
    run(args: string[], options?: {
        input?: string;
        env?: Record<string, string>;
    }): Promise<string>;
    /** Environment for commands that write commits: the user's identity, or Tusk's when none is set. */
    commitEnv(): Promise<Record<string, string>>;
}
