/**
 * The defaults and bounds both faces share: the action's inputs (action.yml repeats the defaults
 * for its users, and a test holds the two to the same values) and the CLI's options.
 */
import { MEBIBYTE } from './stats/limits.js';
export declare const DEFAULTS: {
    /** Paths or globs of the input files. */
    readonly input: readonly ["projects.txt"];
    /** The data branch; `{branch}` is the source branch. */
    readonly dataBranch: "tusk/{branch}";
    /** Repositories fetched and processed at once. */
    readonly concurrency: 8;
    /** How tarballs are fetched: see `DownloadMode`. */
    readonly download: "auto";
    /** A larger download gives the repository a record with an error. */
    readonly maxTarballMb: 1024;
    /** An archive that inflates to more gives the repository a record with an error (the Go tree inflates to about 125 MB). */
    readonly maxInflatedMb: number;
    /** The action's run stops starting datums and commits at this point: well inside a hosted job's 6 hours. */
    readonly timeBudgetMs: number;
    /** Progress is committed at least this often, so a killed run loses at most this much work... */
    readonly checkpointIntervalMs: number;
    /** ...and at most this many computed datums. */
    readonly checkpointDatums: 1000;
    /** A request with no response, or a download with no bytes, for this long is given up. */
    readonly requestTimeoutMs: 60000;
    /** One datum (download and stats) may take this long before it fails. */
    readonly datumTimeoutMs: number;
    readonly apiUrl: "https://api.github.com";
    readonly serverUrl: "https://github.com";
};
/** The bounds an input or option must lie within. */
export declare const BOUNDS: {
    /** GitHub allows at most 100 concurrent requests; a run keeps well below. */
    readonly concurrency: {
        readonly min: 1;
        readonly max: 64;
    };
    readonly maxTarballMb: {
        readonly min: 1;
        readonly max: 1000000;
    };
    readonly maxInflatedMb: {
        readonly min: 1;
        readonly max: 10000000;
    };
    readonly checkpointDatums: {
        readonly min: 1;
        readonly max: 10000000;
    };
};
export { MEBIBYTE };
