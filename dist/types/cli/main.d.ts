import { type CliIo } from './io.js';
/** Runs the `tusk` CLI with `argv` (without node and script); resolves to the exit code. */
export declare function runCli(argv: string[], io?: CliIo): Promise<number>;
