/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliIo {
    out(line: string): void;
    err(line: string): void;
    /** Whether stderr is a terminal, for progress display. */
    isTTY: boolean;
}
export declare const processIo: CliIo;
