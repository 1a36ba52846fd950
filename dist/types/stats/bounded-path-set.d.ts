/** A set of paths that refuses to grow past a count and a total length, so what an archive makes the engine hold stays bounded. */
export declare class BoundedPathSet implements Iterable<string> {
    private readonly what;
    private readonly maxCount;
    private readonly maxBytes;
    private readonly paths;
    private bytes;
    /** @param what the paths, as the limit's error names them ("distinct import paths") */
    constructor(what: string, maxCount: number, maxBytes: number);
    add(path: string): void;
    has(path: string): boolean;
    [Symbol.iterator](): Iterator<string>;
}
