/**
 * A data commit's message: a summary line, then git trailers that make it self-describing:
 * provenance (`Tusk-Input-Commit`), the run's counts, which `tusk log` shows, and for a partial
 * commit how many datums are pending and why the run stopped.
 */
import { isFullSha } from '../git-sha.js';
import type { Rename } from '../stats/record.js';

export interface DataCommitCounts {
  /** Datums this commit computed (new against its parent). */
  processed: number;
  /** Datums whose record it carried over. */
  reused: number;
  failed: number;
  /** Datums not computed yet: a later run of the same input finishes them. */
  pending: number;
  /** Records an older stats engine made, kept until they are computed again. */
  outdated: number;
  rows: number;
  invalid: number;
  /** Sums over the rows: the dataset's size at this commit, for history and trends without reading its files. */
  lines: number;
  deps: number;
}

export interface DataCommitFacts {
  inputCommit: string;
  mode: string;
  counts: DataCommitCounts;
  /** Why the run stopped before every datum was computed (quota, time, cancel), if it did. */
  stopped?: string;
  /** The part of the run this commit's job computed (`K/N`), when the run was split over a matrix. */
  shard?: string;
  /** The datums the run computed again by request (a forced re-run), though they could be reused. */
  forced?: string[];
  /** Read back from a message that lists only some of them: how many there were in all. */
  forcedTotal?: number;
  /** Rows this commit changed because the stats engine changed, not their source. */
  engineChanged?: number;
  /** Input names GitHub now knows under another name. */
  renamed?: Rename[];
  /** Read back from a message that lists only some of them: how many there were in all. */
  renamedTotal?: number;
  /** The Tusk release and the stats engine version that made this commit (absent on older commits). */
  tuskVersion?: string;
  engine?: number;
}

export const INPUT_COMMIT_TRAILER = 'Tusk-Input-Commit';
const COUNT_TRAILERS: Record<keyof DataCommitCounts, string> = {
  processed: 'Tusk-Processed',
  reused: 'Tusk-Reused',
  failed: 'Tusk-Failed',
  pending: 'Tusk-Pending',
  outdated: 'Tusk-Outdated',
  rows: 'Tusk-Rows',
  invalid: 'Tusk-Invalid',
  lines: 'Tusk-Lines',
  deps: 'Tusk-Deps',
};
const STOPPED_TRAILER = 'Tusk-Stopped';
const SHARD_TRAILER = 'Tusk-Shard';
const VERSION_TRAILER = 'Tusk-Version';
const FORCED_TRAILER = 'Tusk-Forced';
/** Forced names listed in a message body: a forced run of every name lists no more than these. */
const FORCED_LISTED = 50;
const ENGINE_TRAILER = 'Tusk-Engine';
const ENGINE_CHANGED_TRAILER = 'Tusk-Engine-Changed';
const RENAMED_TRAILER = 'Tusk-Renamed';
/** Renames listed in a message body; the trailer counts them all. */
const RENAMED_LISTED = 50;

export function formatDataCommitMessage(facts: DataCommitFacts): string {
  const { inputCommit, mode, counts } = facts;
  const pending = counts.pending > 0 ? `, ${counts.pending} pending` : '';
  const summary = `tusk ${mode}: stats of ${counts.rows} repositories at ${inputCommit.slice(0, 7)} (${counts.processed} computed, ${counts.reused} reused, ${counts.failed} failed${pending})`;
  const trailers = [
    `${INPUT_COMMIT_TRAILER}: ${inputCommit}`,
    `Tusk-Mode: ${mode}`,
    ...Object.entries(COUNT_TRAILERS).map(([key, trailer]) => `${trailer}: ${counts[key as keyof DataCommitCounts]}`),
    ...(facts.stopped ? [`${STOPPED_TRAILER}: ${facts.stopped}`] : []),
    ...(facts.shard ? [`${SHARD_TRAILER}: ${facts.shard}`] : []),
    ...(facts.forced ? [`${FORCED_TRAILER}: ${facts.forced.length}`] : []),
    ...(facts.tuskVersion ? [`${VERSION_TRAILER}: ${facts.tuskVersion}`] : []),
    ...(facts.engine !== undefined ? [`${ENGINE_TRAILER}: ${facts.engine}`] : []),
    ...(facts.engineChanged ? [`${ENGINE_CHANGED_TRAILER}: ${facts.engineChanged}`] : []),
    ...(facts.renamed?.length ? [`${RENAMED_TRAILER}: ${facts.renamed.length}`] : []),
  ];
  const paragraphs = forcedParagraph(facts.forced) + engineParagraph(facts.engineChanged) + renamedParagraph(facts.renamed);
  return `${summary}\n\n${paragraphs}${trailers.join('\n')}\n`;
}

function engineParagraph(changed: number | undefined): string {
  if (!changed) return '';
  return `${changed} row${changed === 1 ? '' : 's'} changed because the stats engine changed, not the source.\n\n`;
}

/** Renames as a paragraph: the names to update in the input. */
function renamedParagraph(renamed: Rename[] | undefined): string {
  if (!renamed?.length) return '';
  const listed = renamed.slice(0, RENAMED_LISTED).map((rename) => `${rename.from} -> ${rename.to}`);
  const more = renamed.length > RENAMED_LISTED ? `, and ${renamed.length - RENAMED_LISTED} more` : '';
  return `Renamed on GitHub (the input still has the old name): ${listed.join(', ')}${more}.\n\n`;
}

/** The renames a message's paragraph lists. */
function renamedPairs(message: string): Rename[] | null {
  const listed = /^Renamed on GitHub \(the input still has the old name\): (.*?)(?:, and \d+ more)?\.$/m.exec(message)?.[1];
  if (!listed) return null;
  return listed.split(', ').flatMap((pair) => {
    const [from, to] = pair.split(' -> ');
    return from && to ? [{ from, to }] : [];
  });
}

/** The names a forced re-run computed again, as a paragraph of the message (the trailers only count them). */
function forcedParagraph(forced: string[] | undefined): string {
  if (!forced) return '';
  const more = forced.length > FORCED_LISTED ? `, and ${forced.length - FORCED_LISTED} more` : '';
  return `Computed again by request: ${forced.slice(0, FORCED_LISTED).join(', ')}${more}.\n\n`;
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

/** The names a message's forced-run paragraph lists (at most FORCED_LISTED of them). */
function forcedNames(message: string): string[] | null {
  const listed = /^Computed again by request: (.*?)(?:, and \d+ more)?\.$/m.exec(message)?.[1];
  return listed ? listed.split(', ') : null;
}

/** The facts of a data commit, or null for a commit that Tusk did not make. */
export function parseDataCommitMessage(message: string): DataCommitFacts | null {
  const map = trailers(message);
  const inputCommit = map.get(INPUT_COMMIT_TRAILER.toLowerCase());
  if (!inputCommit || !isFullSha(inputCommit)) return null;
  const count = (trailer: string): number => Number.parseInt(map.get(trailer.toLowerCase()) ?? '0', 10) || 0;
  const counts: DataCommitCounts = {
    processed: count(COUNT_TRAILERS.processed),
    reused: count(COUNT_TRAILERS.reused),
    failed: count(COUNT_TRAILERS.failed),
    pending: count(COUNT_TRAILERS.pending),
    outdated: count(COUNT_TRAILERS.outdated),
    rows: count(COUNT_TRAILERS.rows),
    invalid: count(COUNT_TRAILERS.invalid),
    lines: count(COUNT_TRAILERS.lines),
    deps: count(COUNT_TRAILERS.deps),
  };
  const stopped = map.get(STOPPED_TRAILER.toLowerCase());
  const shard = map.get(SHARD_TRAILER.toLowerCase());
  const tuskVersion = map.get(VERSION_TRAILER.toLowerCase());
  const forced = forcedNames(message);
  const engine = Number.parseInt(map.get(ENGINE_TRAILER.toLowerCase()) ?? '', 10);
  const engineChanged = count(ENGINE_CHANGED_TRAILER);
  const renamed = renamedPairs(message);
  const forcedTotal = count(FORCED_TRAILER);
  const renamedTotal = count(RENAMED_TRAILER);
  return {
    inputCommit,
    mode: map.get('tusk-mode') ?? 'commit',
    counts,
    ...(stopped ? { stopped } : {}),
    ...(shard ? { shard } : {}),
    ...(tuskVersion ? { tuskVersion } : {}),
    ...(forced ? { forced } : {}),
    ...(forced && forcedTotal > forced.length ? { forcedTotal } : {}),
    ...(Number.isInteger(engine) ? { engine } : {}),
    ...(engineChanged > 0 ? { engineChanged } : {}),
    ...(renamed ? { renamed } : {}),
    ...(renamed && renamedTotal > renamed.length ? { renamedTotal } : {}),
  };
}
