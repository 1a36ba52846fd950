import type { Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk log` (docs/contract.md §8.5): the data commits, newest first, and any commit on the branch that Tusk did not make. */
export declare function registerLog(program: Command, io: CliIo): void;
