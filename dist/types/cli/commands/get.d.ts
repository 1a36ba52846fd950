import type { Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk get FILE [--at REF | --input-commit SHA]` (docs/contract.md §8.7). */
export declare function registerGet(program: Command, io: CliIo): void;
