/** A value that breaks its rule; the message is the rule ("must be ..."), for the caller to name the input. */
export declare class ValueError extends Error {
    name: string;
}
export declare function wholeNumber(raw: string, bounds: {
    min: number;
    max: number;
}): number;
/** A duration (`90s`, `10m`, `5h30m`, or minutes alone) of at least a second. */
export declare function duration(raw: string): number;
/** One of `choices`, narrowed to its type. */
export declare function oneOf<T extends string>(raw: string, choices: readonly T[]): T;
