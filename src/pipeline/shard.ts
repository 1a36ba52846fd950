import { createHash } from 'node:crypto';
import { nameKey } from '../names/repo-name.js';

/**
 * One part of a run spread over a workflow matrix: shard `index` of `count`, both counted from 1
 * as `${{ matrix.shard }}/8` reads. Each shard computes the datums whose name hashes to it; the
 * hash of the lowercased canonical name is stable, so a name always lands in the same shard and
 * any count splits any list evenly.
 */
export interface Shard {
  index: number;
  count: number;
}

export const WHOLE_RUN: Shard = { index: 1, count: 1 };

/** A matrix has at most 256 jobs. */
export const MAX_SHARDS = 256;

/** The shard `K/N` names, or null when the text is not one (K from 1 to N, N at most 256). */
export function parseShard(text: string): Shard | null {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && count <= MAX_SHARDS && index >= 1 && index <= count ? { index, count } : null;
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/** The shard, from 1, that computes `name` when a run is split in `count`. */
export function shardOfName(name: string, count: number): number {
  const digest = createHash('sha256').update(nameKey(name)).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Whether `shard` computes `name`. */
export function inShard(shard: Shard, name: string): boolean {
  return shard.count === 1 || shardOfName(name, shard.count) === shard.index;
}

/**
 * How often a shard commits its progress by the clock: a matrix of N jobs together as often as
 * one job would, since every commit is five or six content-creating requests and GitHub allows a
 * repository's token 500 of those an hour (its secondary rate limit). Checkpoints by datum count
 * stay as they are: they already add up to those of one job over the whole list.
 */
export function shardCheckpointInterval(intervalMs: number, shard: Shard): number {
  return intervalMs * shard.count;
}
