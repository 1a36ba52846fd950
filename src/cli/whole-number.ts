import { InvalidArgumentError } from 'commander';

/** Parses an option's value as a whole number of 1 or more; commander reports anything else as bad usage. */
export function positiveWholeNumber(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('give a whole number of 1 or more.');
  return Number(value);
}
