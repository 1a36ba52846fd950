/**
 * A lexer for the part of a Go source file that precedes its first declaration: it knows just
 * enough of Go's tokens (with automatic semicolons) to read a package clause and import
 * declarations, and reports the errors Go's own scanner reports in that stretch, so that
 * "cannot be parsed" means what it means to `go/parser`.
 */
import { NeedMoreInput, GoSyntaxError } from './go-scan-errors.js';
export type TokenKind = 'ident' | 'string' | 'lparen' | 'rparen' | 'rbrace' | 'semi' | 'period' | 'comma' | 'other' | 'eof';
export interface Token {
    kind: TokenKind;
    text: string;
    value?: Uint8Array;
}
export { NeedMoreInput, GoSyntaxError };
export declare function isGoKeyword(word: string): boolean;
/** Whether a newline after this identifier or keyword stands for a semicolon. */
export declare function identifierEndsStatement(word: string): boolean;
/** A letter that may start a Go identifier, among ASCII bytes (`_` included). */
export declare function isAsciiLetter(c: number): boolean;
export declare class GoLexer {
    private readonly src;
    private readonly atEof;
    private pos;
    private insertSemi;
    /** The same bytes as a Buffer view (no copy), for decoding token texts. */
    private readonly bytes;
    /** The byte at `i`, or -1 past the end of the file; asks for more input past the end of a prefix. */
    private readonly byteAt;
    /**
     * @param src the bytes seen so far
     * @param atEof whether `src` is the whole file; if not, running into its end throws NeedMoreInput
     * @param atFileStart whether `src` starts the file (where a byte order mark is skipped), or
     *   resumes it after a `;` or `(` (where no semicolon is pending)
     */
    constructor(src: Uint8Array, atEof: boolean, atFileStart?: boolean);
    /** Where the next token's scan starts: just past the last token returned. */
    get offset(): number;
    next(): Token;
    /** Skips white space and comments; true when an automatic semicolon stands in that stretch. */
    private skipSpaceAndComments;
    private skipLineComment;
    private skipBlockComment;
    private scanToken;
    /** A token the import reader never looks into: reading stops there. */
    private other;
    /**
     * Go's scanner decodes the character after every token it returns, and reports a NUL, invalid
     * UTF-8 or a misplaced byte order mark there; go/parser reads one token past the imports.
     */
    checkCharacterAfterToken(): void;
    private scanIdentifier;
    private scanInterpreted;
    private scanRune;
    /**
     * Reads the string or rune literal at `pos` up to its closing `quote`, appending the bytes it
     * stands for to `out`; returns the offset after the closing quote and how many characters it holds.
     */
    private scanQuoted;
    /** Reads one escape after its backslash, appends the bytes it stands for, returns the next offset. */
    private scanEscape;
    /** The value of `count` digits in `base` at `i`; Go rejects a non-digit (or a NUL) there. */
    private escapeDigits;
    private scanRaw;
    /** Go's scanner rejects NUL, invalid UTF-8 and a byte order mark past the start, even in comments. */
    private checkText;
    /** Decodes the UTF-8 sequence at `i` the way Go does, rejecting what Go rejects. */
    private decodeRune;
}
/** The value of the Go string literal `text` (as strconv.Unquote gives it), or null when it is not one. */
export declare function unquoteGoString(text: string): string | null;
