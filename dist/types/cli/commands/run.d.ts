import { type Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk run [--sources DIR]` (docs/contract.md §8.4): the Action's commit mode, here. */
export declare function registerRun(program: Command, io: CliIo): void;
