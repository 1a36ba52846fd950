import { type Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk diff A B [--format markdown|text|json]` (docs/contract.md §8.8): the bot's model and renderers. */
export declare function registerDiff(program: Command, io: CliIo): void;
