/**
 * A data commit's message: a summary line, then git trailers that make it self-describing:
 * provenance (`Tusk-Input-Commit`), the run's counts, which `tusk log` shows, and for a partial
 * commit how many datums are pending and why the run stopped.
 */

export interface DataCommitCounts {
  /** Datums this commit computed (new against its parent). */
  processed: number;
  /** Datums whose record it carried over. */
  reused: number;
  failed: number;
  /** Datums not computed yet: a later run of the same input finishes them. */
  pending: number;
  rows: number;
  invalid: number;
}

export interface DataCommitFacts {
  inputCommit: string;
  mode: string;
  counts: DataCommitCounts;
  /** Why the run stopped before every datum was computed (quota, time, cancel), if it did. */
  stopped?: string;
}

export const INPUT_COMMIT_TRAILER = 'Tusk-Input-Commit';
const COUNT_TRAILERS: Record<keyof DataCommitCounts, string> = {
  processed: 'Tusk-Processed',
  reused: 'Tusk-Reused',
  failed: 'Tusk-Failed',
  pending: 'Tusk-Pending',
  rows: 'Tusk-Rows',
  invalid: 'Tusk-Invalid',
};
const STOPPED_TRAILER = 'Tusk-Stopped';

export function formatDataCommitMessage(facts: DataCommitFacts): string {
  const { inputCommit, mode, counts } = facts;
  const pending = counts.pending > 0 ? `, ${counts.pending} pending` : '';
  const summary = `tusk ${mode}: stats of ${counts.rows} repositories at ${inputCommit.slice(0, 7)} (${counts.processed} computed, ${counts.reused} reused, ${counts.failed} failed${pending})`;
  const trailers = [
    `${INPUT_COMMIT_TRAILER}: ${inputCommit}`,
    `Tusk-Mode: ${mode}`,
    ...Object.entries(COUNT_TRAILERS).map(([key, trailer]) => `${trailer}: ${counts[key as keyof DataCommitCounts]}`),
    ...(facts.stopped ? [`${STOPPED_TRAILER}: ${facts.stopped}`] : []),
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
    pending: count(COUNT_TRAILERS.pending),
    rows: count(COUNT_TRAILERS.rows),
    invalid: count(COUNT_TRAILERS.invalid),
  };
  const stopped = map.get(STOPPED_TRAILER.toLowerCase());
  return { inputCommit, mode: map.get('tusk-mode') ?? 'commit', counts, ...(stopped ? { stopped } : {}) };
}
