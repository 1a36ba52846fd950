/** `1,234`. */
export declare function formatCount(n: number): string;
/** `+12`, `-3` (ASCII hyphen-minus, so the text can be searched and copied), `0`. */
export declare function formatDelta(n: number): string;
/** `100 → 112 (+12)`, or just `100` when the number did not move. */
export declare function formatChange(before: number, after: number): string;
/** `1 repository`, `2 repositories`: `n` formatted, with the noun agreeing. */
export declare function formatQuantity(n: number, singular: string, plural: string): string;
