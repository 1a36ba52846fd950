import type { GitHubEmulator } from '../../test/support/github-emulator/index.js';
import { formatDataCommitMessage } from '../../src/store/data-commit-message.js';
import { PROJECTS_DIR, RECORDS_PATH, RESULTS_PATH, dataFiles } from '../../src/store/data-layout.js';
import { textOf } from '../../src/store/repo-backend.js';
import type { StatsRecord } from '../../src/stats/record.js';

export const INPUT_PATH = 'projects.txt';
export const DATA_BRANCH = 'tusk/main';

/**
 * The data commit an earlier `commit`-mode run would have made for `inputCommit`: an orphan
 * `tusk/main` holding the input verbatim, the results and the records, with Tusk's trailers.
 * Written with the store's own layout and message functions, so it is the format Tusk reads.
 */
export function seedDataCommit(
  emulator: GitHubEmulator,
  owner: string,
  repo: string,
  input: string,
  inputCommit: string,
  records: StatsRecord[],
): Promise<string> {
  const failed = records.filter((r) => r.error !== null).length;
  const sum = (field: 'lines' | 'deps') => records.reduce((total, record) => total + (record[field] ?? 0), 0);
  const message = formatDataCommitMessage({
    inputCommit,
    mode: 'commit',
    counts: {
      processed: records.length,
      reused: 0,
      failed,
      pending: 0,
      outdated: 0,
      rows: records.length - failed,
      invalid: 0,
      lines: sum('lines'),
      deps: sum('deps'),
    },
  });
  const data = dataFiles(records);
  const files = {
    [`${PROJECTS_DIR}${INPUT_PATH}`]: input,
    [RESULTS_PATH]: textOf(data.results),
    [RECORDS_PATH]: textOf(data.records),
  };
  return emulator.commitFiles(owner, repo, DATA_BRANCH, files, message);
}
