/** The text ended inside a token or comment before the input did; more text decides. */
export class NeedMoreInput extends Error {}

/** A lexical or syntax error that makes Go's parser reject the file. */
export class GoSyntaxError extends Error {}
