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
export declare const WHOLE_RUN: Shard;
/** A matrix has at most 256 jobs. */
export declare const MAX_SHARDS = 256;
/** The shard `K/N` names, or null when the text is not one (K from 1 to N, N at most 256). */
export declare function parseShard(text: string): Shard | null;
export declare function formatShard(shard: Shard): string;
/** The shard, from 1, that computes `name` when a run is split in `count`. */
export declare function shardOfName(name: string, count: number): number;
/** Whether `shard` computes `name`. */
export declare function inShard(shard: Shard, name: string): boolean;
/**
 * How often a shard commits its progress by the clock: a matrix of N jobs together as often as
 * one job would, since every commit is five or six content-creating requests and GitHub allows a
 * repository's token 500 of those an hour (its secondary rate limit). Checkpoints by datum count
 * stay as they are: they already add up to those of one job over the whole list.
 */
export declare function shardCheckpointInterval(intervalMs: number, shard: Shard): number;
