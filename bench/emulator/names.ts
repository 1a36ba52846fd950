import { createHash } from 'node:crypto';
import type { StatsRecord } from '../../src/stats/record.js';

/** `n` distinct, valid repository names that exist nowhere (the runs under test must not ask about them). */
export function manyNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `org-${i % 97}/lib-${i}`);
}

/** A 40-hex sha that stands for a commit of `name`. */
export function fakeSha(name: string): string {
  return createHash('sha1').update(name).digest('hex');
}

/** The successful record an earlier run would have left for `name`. */
export function earlierRecord(name: string, i: number): StatsRecord {
  return { repo: name, commit: fakeSha(name), files: 1 + (i % 50), lines: 100 + ((i * 37) % 50_000), deps: i % 25, unparsed: 0, error: null };
}

/** An input file: one name a line. */
export function inputFile(names: readonly string[]): string {
  return names.map((name) => `${name}\n`).join('');
}
