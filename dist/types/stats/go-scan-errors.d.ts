/**
 * The text ended inside a token or comment before the input did; more text decides. The scanner
 * catches it and waits for the next chunk, so nobody reads its stack: it captures none, which
 * would cost more than scanning a short prefix does.
 */
export declare class NeedMoreInput extends Error {
    constructor();
}
/** A lexical or syntax error that makes Go's parser reject the file. */
export declare class GoSyntaxError extends Error {
}
