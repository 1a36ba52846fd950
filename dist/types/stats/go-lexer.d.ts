/**
 * A lexer for the part of a Go source file that precedes its first declaration: it knows just
 * enough of Go's tokens (with automatic semicolons) to read a package clause and import
 * declarations, and reports the errors Go's own scanner reports in that stretch, so that
 * "cannot be parsed" means what it means to `go/parser`.
 */
export type TokenKind = 'ident' | 'string' | 'lparen' | 'rparen' | 'rbrace' | 'semi' | 'period' | 'comma' | 'other' | 'eof';
export interface Token {
    kind: TokenKind;
    text: string;
    value?: Uint8Array;
}
/** The text ended inside a token or comment before the input did; more text decides. */
export declare class NeedMoreInput extends Error {
}
/** A lexical error that makes Go's parser reject the file. */
export declare class SyntaxError extends Error {
}
export declare function isGoKeyword(word: string): boolean;
export declare class GoLexer {
    private readonly src;
    private readonly atEof;
    private pos;
    private insertSemi;
    /**
     * @param src the bytes seen so far
     * @param atEof whether `src` is the whole file; if not, running into its end throws NeedMoreInput
     */
    constructor(src: Uint8Array, atEof: boolean);
    next(): Token;
    /** Skips white space and comments; true when an automatic semicolon stands in that stretch. */
    private skipSpaceAndComments;
    private skipLineComment;
    private skipBlockComment;
    private scanToken;
    /** A token the import reader never looks into: reading stops there. */
    private other;
    private scanIdentifier;
    private scanInterpreted;
    /** Reads one escape after its backslash, appends the bytes it stands for, returns the next offset. */
    private scanEscape;
    private scanRaw;
    /** Go's scanner rejects NUL, invalid UTF-8 and a byte order mark past the start, even in comments. */
    private checkText;
    /** Decodes the UTF-8 sequence at `i` the way Go does, rejecting what Go rejects. */
    private decodeRune;
}
