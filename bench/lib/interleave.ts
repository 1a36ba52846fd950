import type { Repetitions } from './repetitions.js';
import { median } from './stats.js';

/** One thing to time: `run` resolves to its own duration in ms (a task may time only part of itself). */
export interface Task {
  name: string;
  run: () => Promise<number>;
}

export interface Samples {
  name: string;
  samples: number[];
  median: number;
}

/**
 * Runs every task in rounds, side by side, so that a slow spell of a shared machine hits them
 * alike: round 1 runs them all and fixes each task's count from its first run (short: `fast`,
 * long: `slow`); each round starts one task later than the previous one, so no task always runs
 * first on a cold cache or last on a warm one.
 */
export async function interleave(tasks: readonly Task[], repetitions: Repetitions, onRound?: (round: number) => void): Promise<Map<string, Samples>> {
  const samples = new Map(tasks.map((task) => [task.name, [] as number[]]));
  const wanted = new Map<string, number>();
  for (let round = 0; tasks.some((task) => samples.get(task.name)!.length < (wanted.get(task.name) ?? 1)); round++) {
    onRound?.(round + 1);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[(i + round) % tasks.length]!;
      const taken = samples.get(task.name)!;
      if (taken.length >= (wanted.get(task.name) ?? 1)) continue;
      taken.push(await task.run());
      if (!wanted.has(task.name)) wanted.set(task.name, taken[0]! < repetitions.slowMs ? repetitions.fast : repetitions.slow);
    }
  }
  return new Map([...samples].map(([name, taken]) => [name, { name, samples: taken, median: median(taken) }]));
}
