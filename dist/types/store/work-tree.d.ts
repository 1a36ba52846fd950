/** The checked-out files of a local repository, kept in step with commits made under them. */
export declare class WorkTree {
    readonly path: string;
    private readonly git;
    private present;
    constructor(path: string);
    /** Whether the repository has a work tree at all: a bare one has none, and nothing to keep in step. */
    exists(): Promise<boolean>;
    /** Paths among `paths` whose working-tree or staged content differs from HEAD. */
    changedPaths(paths: string[]): Promise<string[]>;
    /** After a commit to the checked-out branch: the index and files of `paths` follow HEAD. */
    checkoutFromHead(paths: string[]): Promise<void>;
}
