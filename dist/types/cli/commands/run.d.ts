import type { Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk run [--sources DIR]` (SPEC §5): the Action's commit mode, here. */
export declare function registerRun(program: Command, io: CliIo): void;
