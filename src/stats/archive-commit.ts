/**
 * The commit an archive was made from, as the archive itself tells it: `git archive` writes the
 * commit's id in the tar's pax global header (`comment=`), and GitHub's API tarball names its top
 * folder `OWNER-REPO-SHORTSHA` after it.
 */
import { isFullSha } from '../git-sha.js';

const SHORT_SHA = /^[0-9a-f]{7,40}$/;

/** The commit in a pax global header's comment, when it is one. */
export function commitOfComment(comment: string | undefined): string | null {
  return comment !== undefined && isFullSha(comment) ? comment : null;
}

/**
 * The short SHA of GitHub's API tarball folder `OWNER-REPO-SHORTSHA` for `repo`, or null for a
 * folder of another form: the source-archive URLs' `REPO-REF` ends in a branch or tag name,
 * which may look like hex (a tag `20240101`), so only the API form is read.
 */
function shortShaOfFolder(folder: string, repo: string): string | null {
  const prefix = `${repo.replace('/', '-')}-`.toLowerCase();
  if (!folder.toLowerCase().startsWith(prefix)) return null;
  const sha = folder.slice(prefix.length);
  return SHORT_SHA.test(sha) ? sha : null;
}

/** Why the archive's top folder and header name different commits, or null when they agree or cannot be compared. */
export function folderCommitMismatch(topFolder: string | null, repo: string, commit: string | null): string | null {
  if (topFolder === null || commit === null) return null;
  const short = shortShaOfFolder(topFolder, repo);
  if (short === null || commit.startsWith(short)) return null;
  return `the archive's folder ${topFolder} and its header's commit ${commit} disagree`;
}

/**
 * The commit an archive holds, for its record: its header's, else the short SHA its top folder
 * ends in (GitHub's API tarball names it so), else unknown.
 */
export function commitOfArchive(archive: { archiveCommit: string | null; topFolder: string | null }): string | null {
  return archive.archiveCommit ?? (archive.topFolder === null ? null : (/-([0-9a-f]{7,40})$/.exec(archive.topFolder)?.[1] ?? null));
}
