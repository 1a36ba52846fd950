import type { Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk put NAME... [--file projects.txt] [--each]` (docs/contract.md §8.3). */
export declare function registerPut(program: Command, io: CliIo): void;
