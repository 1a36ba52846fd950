/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliIo {
    out(line: string): void;
    err(line: string): void;
    /** Rewrites the progress line in place (terminals only); null ends it. */
    progress(line: string | null): void;
    /** Whether stderr is a terminal, for the progress display. */
    isTTY: boolean;
    env: Record<string, string | undefined>;
    cwd: string;
}
export declare const processIo: CliIo;
