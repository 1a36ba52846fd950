import type { BranchState } from '../store/data-store.js';
import type { RepoBackend } from '../store/repo-backend.js';
import { isNewerInput } from './input-order.js';

/** The data branch is not one: it shares history with the source. The message says how to fix it. */
export class DataBranchError extends Error {
  override name = 'DataBranchError';
}

function renameCommands(backend: RepoBackend, branch: string): string {
  const aside = `${branch}-old`;
  if (backend.kind === 'local') return `git branch -m ${branch} ${aside}`;
  return `git push origin ${branch}:refs/heads/${aside} && git push origin --delete ${branch}`;
}

/**
 * What a run makes of the branch it found: commits on top that Tusk did not make are built upon
 * (a fast-forward, with a warning naming them); a branch with no data that is part of the source
 * history (made from the source branch instead of as an orphan) is refused, with the commands
 * that move it aside so that the next run creates the data branch afresh.
 */
export async function checkDataBranch(
  backend: RepoBackend,
  branch: string,
  state: BranchState,
  sourceCommit: string,
  warn: (message: string) => void,
): Promise<void> {
  if (state.noDataFound && state.tip && (state.tip === sourceCommit || (await isNewerInput(backend, sourceCommit, state.tip)))) {
    throw new DataBranchError(
      `${branch} is not a data branch: its tip ${state.tip.slice(0, 7)} is a commit of the source history, and Tusk keeps its data ` +
        `on an orphan branch of its own. Move it aside, and the next run creates ${branch} afresh: ${renameCommands(backend, branch)}`,
    );
  }
  if (state.foreign.length === 0) return;
  const named = state.foreign
    .slice(0, 3)
    .map((commit) => `${commit.sha.slice(0, 7)} "${commit.message.split('\n', 1)[0]}"`)
    .join(', ');
  const more = state.foreign.length > 3 ? ` and ${state.foreign.length - 3} more` : '';
  const below = state.data ? ` on top of its data (${state.data.sha.slice(0, 7)})` : '';
  warn(
    `${branch} has ${state.foreign.length} commit${state.foreign.length === 1 ? '' : 's'} that Tusk did not make${below}: ${named}${more}. ` +
      `Building on ${state.foreign.length === 1 ? 'it' : 'them'}: Tusk rewrites projects/ and stats/, and keeps every other file.`,
  );
}
