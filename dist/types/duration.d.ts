/** Durations as people write them in workflow inputs and options: `90s`, `10m`, `5h30m`, or minutes alone. */
/** Milliseconds of a duration, or null when the text is not one. A bare number means minutes. */
export declare function parseDuration(text: string): number | null;
/** `5h30m`, `90s`, `1m5s`: the shortest spelling, in whole seconds (or milliseconds below a second). */
export declare function formatDuration(ms: number): string;
/** `2026-12-03 14:05 UTC`: a moment as a workflow log shows it to people anywhere. */
export declare function formatUtc(date: Date): string;
