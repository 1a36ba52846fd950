import type { Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk get FILE [--at REF | --input-commit SHA]` (SPEC §5). */
export declare function registerGet(program: Command, io: CliIo): void;
