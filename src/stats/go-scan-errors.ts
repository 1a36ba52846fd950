/**
 * The text ended inside a token or comment before the input did; more text decides. The scanner
 * catches it and waits for the next chunk, so nobody reads its stack: it captures none, which
 * would cost more than scanning a short prefix does.
 */
export class NeedMoreInput extends Error {
  constructor() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super('the text ended before the token did');
    Error.stackTraceLimit = limit;
  }
}

/** A lexical or syntax error that makes Go's parser reject the file. */
export class GoSyntaxError extends Error {}
