import type { Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk stats SOURCE... [--json]` (docs/contract.md §8.2): every source is computed before anything is printed. */
export declare function registerStats(program: Command, io: CliIo): void;
