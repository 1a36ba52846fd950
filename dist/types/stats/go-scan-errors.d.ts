/** The text ended inside a token or comment before the input did; more text decides. */
export declare class NeedMoreInput extends Error {
}
/** A lexical or syntax error that makes Go's parser reject the file. */
export declare class GoSyntaxError extends Error {
}
