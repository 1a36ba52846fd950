import type { Command } from 'commander';
import type { CliIo } from '../io.js';
/**
 * `tusk demo [DIR]`: the whole pipeline on a fresh local repository, offline, with the Go sources
 * shipped in demo/sources; each step is the CLI command a user would type.
 */
export declare function registerDemo(program: Command, io: CliIo, run: (argv: string[]) => Promise<number>): void;
