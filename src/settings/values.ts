import { parseDuration } from '../duration.js';

/** A value that breaks its rule; the message is the rule ("must be ..."), for the caller to name the input. */
export class ValueError extends Error {
  override name = 'ValueError';
}

export function wholeNumber(raw: string, bounds: { min: number; max: number }): number {
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || value < bounds.min || value > bounds.max) {
    throw new ValueError(`must be a whole number from ${bounds.min} to ${bounds.max}`);
  }
  return value;
}

/** A duration (`90s`, `10m`, `5h30m`, or minutes alone) of at least a second. */
export function duration(raw: string): number {
  const ms = parseDuration(raw);
  if (ms === null || ms < 1000) throw new ValueError('must be a duration of at least 1s, such as 90s, 10m or 5h30m (a bare number is minutes)');
  return ms;
}

/** One of `choices`, narrowed to its type. */
export function oneOf<T extends string>(raw: string, choices: readonly T[]): T {
  const value = raw.trim();
  const found = choices.find((choice) => choice === value);
  if (found === undefined) throw new ValueError(`must be one of ${choices.join(', ')}`);
  return found;
}
