import { type Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk export --format csv|jsonl|sqlite FILE`: every record of every data commit, as one table. */
export declare function registerExport(program: Command, io: CliIo): void;
