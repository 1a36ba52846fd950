/** How many times a measurement is repeated: ≥5 when one run is short, ≥3 when it is long. */
export interface Repetitions {
  /** Runs of a task whose first run took less than `slowMs`. */
  fast: number;
  /** Runs of a task whose first run took `slowMs` or more. */
  slow: number;
  slowMs: number;
}

export const FULL_REPETITIONS: Repetitions = { fast: 5, slow: 3, slowMs: 5_000 };
export const QUICK_REPETITIONS: Repetitions = { fast: 3, slow: 1, slowMs: 5_000 };
