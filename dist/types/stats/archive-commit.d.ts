/** The commit in a pax global header's comment, when it is one. */
export declare function commitOfComment(comment: string | undefined): string | null;
/** Why the archive's top folder and header name different commits, or null when they agree or cannot be compared. */
export declare function folderCommitMismatch(topFolder: string | null, repo: string, commit: string | null): string | null;
/**
 * The commit an archive holds, for its record: its header's, else the short SHA its top folder
 * ends in (GitHub's API tarball names it so), else unknown.
 */
export declare function commitOfArchive(archive: {
    archiveCommit: string | null;
    topFolder: string | null;
}): string | null;
