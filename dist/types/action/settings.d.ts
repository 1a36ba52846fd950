import { type RunLimits } from '../settings/run-limits.js';
import { type ForcedNames } from '../pipeline/plan.js';
/** The action's inputs (action.yml), parsed once and checked, with errors that name the input. */
export type ModeInput = 'auto' | 'commit' | 'comment' | 'refresh';
export interface ActionSettings {
    token: string;
    /** Paths or globs of the input files. */
    input: string[];
    /** The data branch's name, with `{branch}` standing for the source branch. */
    dataBranch: string;
    mode: ModeInput;
    limits: RunLimits;
    /** Datums to compute again although they could be reused (for a run started by hand). */
    force: ForcedNames;
}
export declare class SettingsError extends Error {
    name: string;
}
/** Parses the inputs read by `get` (core.getInput, or a test's table); an empty input takes its default. */
export declare function parseSettings(get: (name: string) => string): ActionSettings;
