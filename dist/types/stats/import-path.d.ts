/** Whether `bytes[from, to)` are all ASCII characters allowed in an import path. */
export declare function isAllowedAsciiPath(bytes: Uint8Array, from: number, to: number): boolean;
/** The import path a string literal's value stands for, or null when Go rejects it. */
export declare function importPath(value: Uint8Array): string | null;
