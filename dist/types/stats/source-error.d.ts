/** A source that cannot be read as a Go tree: missing, not a tarball, corrupt. Its message names it. */
export declare class SourceError extends Error {
    name: string;
}
