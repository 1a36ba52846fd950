import { InvalidArgumentError } from 'commander';
import { ValueError, wholeNumber } from '../settings/values.js';

/** Parses an option's value as a whole number of 1 or more (the settings' own rule); commander reports anything else as bad usage. */
export function positiveWholeNumber(value: string): number {
  try {
    return wholeNumber(value, { min: 1, max: Number.MAX_SAFE_INTEGER });
  } catch (error) {
    throw error instanceof ValueError ? new InvalidArgumentError('give a whole number of 1 or more.') : error;
  }
}
