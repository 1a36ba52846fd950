/** Parses an option's value as a whole number of 1 or more (the settings' own rule); commander reports anything else as bad usage. */
export declare function positiveWholeNumber(value: string): number;
