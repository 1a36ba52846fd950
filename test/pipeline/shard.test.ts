import { inShard, parseShard, shardCheckpointInterval, shardOfName } from '../../src/pipeline/shard.js';

describe('shards', () => {
  const names = Array.from({ length: 20_000 }, (_, i) => `owner-${i % 97}/repo-${i}`);

  it('read K/N, K from 1 to N, N at most 256', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/8', '9/8', '1/0', '1/257', '3', 'a/b', '-1/4', '1.5/4']) expect(parseShard(bad)).toBeNull();
  });

  it('put every name in exactly one shard, the same for every spelling of it', () => {
    for (const count of [1, 2, 7, 256]) {
      for (const name of names.slice(0, 500)) {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard({ index, count }, name));
        expect(owners).toEqual([shardOfName(name, count)]);
        expect(shardOfName(name.toUpperCase(), count)).toBe(shardOfName(name, count));
      }
    }
  });

  it('split any list evenly', () => {
    for (const count of [4, 16, 256]) {
      const sizes = new Array<number>(count).fill(0);
      for (const name of names) sizes[shardOfName(name, count) - 1]!++;
      const mean = names.length / count;
      // A fair hash keeps every shard within a few standard deviations of the mean.
      for (const size of sizes) expect(Math.abs(size - mean)).toBeLessThan(5 * Math.sqrt(mean));
    }
  });

  it('are stable: a name lands where it always did (a shard of a re-run finds its own pending datums)', () => {
    const famous = ['pkg/errors', 'gorilla/mux', 'spf13/cobra', 'sirupsen/logrus'];
    expect(famous.map((name) => shardOfName(name, 8))).toEqual([1, 6, 1, 2]);
    expect(famous.map((name) => shardOfName(name, 256))).toEqual([121, 230, 153, 2]);
  });

  it('commit by the clock N times less often in a matrix of N: together as often as one job', () => {
    expect(shardCheckpointInterval(300_000, { index: 1, count: 1 })).toBe(300_000);
    expect(shardCheckpointInterval(300_000, { index: 3, count: 16 })).toBe(16 * 300_000);
  });
});
