/**
 * Which files of a source tree count (docs/contract.md §2.2): the go tool's own ignore rules, applied to the
 * path components below the top-level folder.
 */
export type FileRole = 'go' | 'go.mod' | 'ignored';
/** The role of a regular file, given its path components below the top-level folder. */
export declare function fileRole(components: readonly string[]): FileRole;
/**
 * The path components of a tarball entry (`.` components dropped), or null for a path that must
 * never be used: absolute, or with a `..` component.
 */
export declare function tarballPathParts(entryPath: string): string[] | null;
