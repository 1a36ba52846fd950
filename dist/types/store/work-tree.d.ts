/** The checked-out files of a local repository, kept in step with commits made under them. */
export declare class WorkTree {
    readonly path: string;
    private readonly git;
    constructor(path: string);
    /** Paths among `paths` whose working-tree or staged content differs from HEAD. */
    changedPaths(paths: string[]): Promise<string[]>;
    /** After a commit to the checked-out branch: the index and files of `paths` follow HEAD. */
    checkoutFromHead(paths: string[]): Promise<void>;
}
