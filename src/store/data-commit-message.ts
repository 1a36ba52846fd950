/**
 * A data commit's message: a summary line, then git trailers that make it self-describing:
 * provenance (`Tusk-Input-Commit`) and the run's counts, which `tusk log` shows.
 */

export interface DataCommitCounts {
  processed: number;
  reused: number;
  failed: number;
  rows: number;
  invalid: number;
}

export interface DataCommitFacts {
  inputCommit: string;
  mode: string;
  counts: DataCommitCounts;
}

export const INPUT_COMMIT_TRAILER = 'Tusk-Input-Commit';
const COUNT_TRAILERS: Record<keyof DataCommitCounts, string> = {
  processed: 'Tusk-Processed',
  reused: 'Tusk-Reused',
  failed: 'Tusk-Failed',
  rows: 'Tusk-Rows',
  invalid: 'Tusk-Invalid',
};

export function formatDataCommitMessage(facts: DataCommitFacts): string {
  const { inputCommit, mode, counts } = facts;
  const summary = `tusk ${mode}: stats of ${counts.rows} repositories at ${inputCommit.slice(0, 7)} (${counts.processed} computed, ${counts.reused} reused, ${counts.failed} failed)`;
  const trailers = [
    `${INPUT_COMMIT_TRAILER}: ${inputCommit}`,
    `Tusk-Mode: ${mode}`,
    ...Object.entries(COUNT_TRAILERS).map(([key, trailer]) => `${trailer}: ${counts[key as keyof DataCommitCounts]}`),
  ];
  return `${summary}\n\n${trailers.join('\n')}\n`;
}

/** The trailers of a message's last paragraph. */
function trailers(message: string): Map<string, string> {
  const paragraphs = message.trim().split(/\n\s*\n/);
  const map = new Map<string, string>();
  for (const line of (paragraphs[paragraphs.length - 1] ?? '').split('\n')) {
    const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line.trim());
    if (match) map.set(match[1]!.toLowerCase(), match[2]!);
  }
  return map;
}

/** The facts of a data commit, or null for a commit that Tusk did not make. */
export function parseDataCommitMessage(message: string): DataCommitFacts | null {
  const map = trailers(message);
  const inputCommit = map.get(INPUT_COMMIT_TRAILER.toLowerCase());
  if (!inputCommit || !/^[0-9a-f]{40}$/.test(inputCommit)) return null;
  const count = (trailer: string): number => Number.parseInt(map.get(trailer.toLowerCase()) ?? '0', 10) || 0;
  const counts: DataCommitCounts = {
    processed: count(COUNT_TRAILERS.processed),
    reused: count(COUNT_TRAILERS.reused),
    failed: count(COUNT_TRAILERS.failed),
    rows: count(COUNT_TRAILERS.rows),
    invalid: count(COUNT_TRAILERS.invalid),
  };
  return { inputCommit, mode: map.get('tusk-mode') ?? 'commit', counts };
}
