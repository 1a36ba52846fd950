/** The message of anything thrown: an Error's message, or the value itself as text. */
export declare function errorMessage(error: unknown): string;
