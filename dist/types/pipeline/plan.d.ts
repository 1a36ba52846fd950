import type { InputName } from '../names/input-file.js';
import { type StatsRecord } from '../stats/record.js';
/** One datum to work on, and what the previous data commit knew of it. */
export interface DatumWork {
    /** The input's spelling. */
    name: string;
    /** The previous data commit's record, when it had one. */
    previous: StatsRecord | null;
    /** Refresh: keep `previous` unless the repository's head moved. */
    recheck: boolean;
    /** Computed although `previous` could be reused: asked for by name (a forced re-run). */
    forced?: boolean;
}
/** What a run does with each datum, decided from the input and the previous data commit alone. */
export interface DatumPlan {
    /** Records taken as they are (in the input's current spelling). */
    reuse: StatsRecord[];
    /** Datums to work on: pending ones first, then new names, then failed ones; rechecks last. */
    work: DatumWork[];
    /** Names of previous records that the input no longer has. */
    removed: string[];
}
/** What to recompute although it could be reused: some names, or every one. */
export type ForcedNames = {
    all: true;
} | {
    keys: ReadonlySet<string>;
};
export declare const NONE_FORCED: ForcedNames;
/** The datums a user asks to compute again: `all`, or names (in any accepted spelling); null when a name is not one. */
export declare function forcedNames(names: readonly string[] | 'all'): ForcedNames | {
    invalid: string;
};
/**
 * Plans the datums of a run (docs/contract.md §5.1): a record with stats that the current engine
 * made is reused with no request about its repository (or re-checked, when refreshing); pending,
 * failed, new and outdated datums, and those forced by name, are computed, pending ones first,
 * so a resumed run finishes what an earlier one left. `previous`: the previous data commit's
 * records by name key (byKey), the index the run's writer keeps too.
 */
export declare function planDatums(names: readonly InputName[], previous: ReadonlyMap<string, StatsRecord>, refresh: boolean, forced?: ForcedNames): DatumPlan;
