/** A failure the CLI reports in one line, with its exit code (2: usage, 1: anything else). */
export declare class CliFailure extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode: number);
}
