/** Counts lines as docs/contract.md §2.3 does: `\n` bytes, plus one for a non-empty last line without one. */
export declare class LineCounter {
    private newlines;
    private lastByte;
    add(chunk: Uint8Array): void;
    get lines(): number;
}
