import { type Command } from 'commander';
import { type RunLimits } from '../settings/run-limits.js';
/** `tusk run`'s options for the limits the action has as inputs: the same names, rules and defaults. */
export declare function withRunLimitOptions(command: Command): Command;
/** The limits the options gave (the rest keep their defaults). */
export declare function runLimitsFrom(options: Record<string, unknown>): Partial<RunLimits>;
