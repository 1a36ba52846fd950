import type { InputName } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
/** What a run does with each datum, decided from the input and the previous data commit alone. */
export interface DatumPlan {
    /** Records taken as they are (in the input's current spelling). */
    reuse: StatsRecord[];
    /** Refresh only: records to keep unless the repository's head moved. */
    recheck: StatsRecord[];
    /** Names to compute: new ones, and those whose previous record has an error. */
    compute: string[];
    /** Names of previous records that the input no longer has. */
    removed: string[];
}
/**
 * Plans the datums of a run (SPEC §3 "Incremental"): a record without error is reused with no
 * request about its repository (or re-checked, when refreshing); everything else is computed.
 */
export declare function planDatums(names: readonly InputName[], previous: readonly StatsRecord[], refresh: boolean): DatumPlan;
