import { type Command } from 'commander';
import type { CliIo } from '../io.js';
/** `tusk history [NAME...]`: a repository's deps and lines, or the totals, across data commits, newest first. */
export declare function registerHistory(program: Command, io: CliIo): void;
