import type { BranchState } from '../store/data-store.js';
import type { RepoBackend } from '../store/repo-backend.js';
/** The data branch is not one: it shares history with the source. The message says how to fix it. */
export declare class DataBranchError extends Error {
    name: string;
}
/**
 * What a run makes of the branch it found: commits on top that Tusk did not make are built upon
 * (a fast-forward, with a warning naming them); a branch with no data that is part of the source
 * history (made from the source branch instead of as an orphan) is refused, with the commands
 * that move it aside so that the next run creates the data branch afresh.
 */
export declare function checkDataBranch(backend: RepoBackend, branch: string, state: BranchState, sourceCommit: string, warn: (message: string) => void): Promise<void>;
