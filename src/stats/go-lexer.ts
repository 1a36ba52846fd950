/**
 * A lexer for the part of a Go source file that precedes its first declaration: it knows just
 * enough of Go's tokens (with automatic semicolons) to read a package clause and import
 * declarations, and reports the errors Go's own scanner reports in that stretch, so that
 * "cannot be parsed" means what it means to `go/parser`.
 */

import { bufferView } from './buffer-view.js';
import { NeedMoreInput, GoSyntaxError } from './go-scan-errors.js';
import { byteReader, isDecimal, isOperatorStart, numberEnd, operatorLength } from './go-literals.js';

export type TokenKind =
  | 'ident' // identifiers and keywords; `text` tells them apart
  | 'string' // interpreted or raw string literal; `value` holds the unquoted bytes
  | 'lparen'
  | 'rparen'
  | 'rbrace'
  | 'semi'
  | 'period'
  | 'comma'
  | 'other' // any other valid token (number, rune, operator): the import reader stops there
  | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  value?: Uint8Array;
}

export { NeedMoreInput, GoSyntaxError };

const NL = 0x0a;
const GO_KEYWORDS = new Set(
  'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var'.split(
    ' ',
  ),
);
const SEMI_KEYWORDS = new Set(['break', 'continue', 'fallthrough', 'return']);
export function isGoKeyword(word: string): boolean {
  return GO_KEYWORDS.has(word);
}
/** Whether a newline after this identifier or keyword stands for a semicolon. */
export function identifierEndsStatement(word: string): boolean {
  return !GO_KEYWORDS.has(word) || SEMI_KEYWORDS.has(word);
}
const ESCAPED_BYTES: Record<number, number> = { 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11, 0x5c: 0x5c };
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** A letter that may start a Go identifier, among ASCII bytes (`_` included). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}
function hexValue(c: number): number {
  if (isDecimal(c)) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** Whether a newline after this token stands for a semicolon (Go's rule, for the tokens read here). */
function endsStatement(token: Token): boolean {
  switch (token.kind) {
    case 'ident':
      return identifierEndsStatement(token.text);
    case 'string':
    case 'rparen':
    case 'rbrace':
      return true;
    default:
      return false;
  }
}

const UNICODE_LETTER = /^\p{L}$/u;
const UNICODE_DIGIT = /^\p{Nd}$/u;

export class GoLexer {
  private pos = 0;
  private insertSemi = false;
  /** The same bytes as a Buffer view (no copy), for decoding token texts. */
  private readonly bytes: Buffer;
  /** The byte at `i`, or -1 past the end of the file; asks for more input past the end of a prefix. */
  private readonly byteAt: (i: number) => number;

  /**
   * @param src the bytes seen so far
   * @param atEof whether `src` is the whole file; if not, running into its end throws NeedMoreInput
   * @param atFileStart whether `src` starts the file (where a byte order mark is skipped), or
   *   resumes it after a `;` or `(` (where no semicolon is pending)
   */
  constructor(
    private readonly src: Uint8Array,
    private readonly atEof: boolean,
    atFileStart = true,
  ) {
    this.bytes = bufferView(src);
    this.byteAt = byteReader(src, atEof);
    if (!atFileStart) return;
    if (src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) this.pos = 3;
    else if (!atEof && src.length < 3 && [0xef, 0xbb, 0xbf].slice(0, src.length).every((b, i) => src[i] === b)) {
      throw new NeedMoreInput();
    }
  }

  /** Where the next token's scan starts: just past the last token returned. */
  get offset(): number {
    return this.pos;
  }

  next(): Token {
    const semi = this.skipSpaceAndComments();
    if (semi) {
      this.insertSemi = false;
      return { kind: 'semi', text: '\n' };
    }
    if (this.pos >= this.src.length) {
      if (!this.atEof) throw new NeedMoreInput();
      return { kind: 'eof', text: '' };
    }
    const token = this.scanToken();
    this.insertSemi = endsStatement(token);
    return token;
  }

  /** Skips white space and comments; true when an automatic semicolon stands in that stretch. */
  private skipSpaceAndComments(): boolean {
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === undefined) {
        // Go inserts a semicolon at EOF after a token that would take one at a newline.
        return this.insertSemi && this.atEof;
      }
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        this.pos++;
      } else if (c === NL) {
        if (this.insertSemi) return true;
        this.pos++;
      } else if (c === 0x2f && src[this.pos + 1] === 0x2f) {
        this.skipLineComment();
        if (this.insertSemi) return true;
      } else if (c === 0x2f && src[this.pos + 1] === 0x2a) {
        const hadNewline = this.skipBlockComment();
        if (hadNewline && this.insertSemi) return true;
      } else if (c === 0x2f && this.pos + 1 >= src.length && !this.atEof) {
        throw new NeedMoreInput();
      } else {
        return false;
      }
    }
  }

  private skipLineComment(): void {
    const end = this.src.indexOf(NL, this.pos);
    if (end === -1) {
      if (!this.atEof) throw new NeedMoreInput();
      this.checkText(this.pos + 2, this.src.length);
      this.pos = this.src.length;
    } else {
      this.checkText(this.pos + 2, end);
      this.pos = end;
    }
  }

  private skipBlockComment(): boolean {
    const src = this.src;
    let i = this.pos + 2;
    let newline = false;
    for (;;) {
      if (i + 1 >= src.length) {
        if (!this.atEof) throw new NeedMoreInput();
        throw new GoSyntaxError('comment not terminated');
      }
      if (src[i] === 0x2a && src[i + 1] === 0x2f) break;
      if (src[i] === NL) newline = true;
      i++;
    }
    this.checkText(this.pos + 2, i);
    this.pos = i + 2;
    return newline;
  }

  private scanToken(): Token {
    const src = this.src;
    const c = src[this.pos]!;
    if (isAsciiLetter(c) || c >= 0x80) return this.scanIdentifier();
    switch (c) {
      case DOUBLE_QUOTE:
        return this.scanInterpreted();
      case 0x60:
        return this.scanRaw();
      case SINGLE_QUOTE:
        this.scanRune();
        return this.other('rune');
      case 0x28:
        this.pos++;
        return { kind: 'lparen', text: '(' };
      case 0x29:
        this.pos++;
        return { kind: 'rparen', text: ')' };
      case 0x7d:
        this.pos++;
        return { kind: 'rbrace', text: '}' };
      case 0x3b:
        this.pos++;
        return { kind: 'semi', text: ';' };
      case 0x2c:
        this.pos++;
        return { kind: 'comma', text: ',' };
      case 0x00:
        throw new GoSyntaxError('illegal character NUL');
    }
    if (isDecimal(c) || (c === 0x2e && isDecimal(this.byteAt(this.pos + 1)))) {
      this.pos = numberEnd(src, this.pos, this.atEof);
      return this.other('number');
    }
    if (c === 0x2e && operatorLength(src, this.pos, this.atEof) === 1) {
      this.pos++;
      return { kind: 'period', text: '.' };
    }
    if (isOperatorStart(c)) {
      this.pos += operatorLength(src, this.pos, this.atEof);
      return this.other('operator');
    }
    throw new GoSyntaxError(`illegal character U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }

  /** A token the import reader never looks into: reading stops there. */
  private other(text: string): Token {
    return { kind: 'other', text };
  }

  /**
   * Go's scanner decodes the character after every token it returns, and reports a NUL, invalid
   * UTF-8 or a misplaced byte order mark there; go/parser reads one token past the imports.
   */
  checkCharacterAfterToken(): void {
    if (this.pos >= this.src.length) {
      if (!this.atEof) throw new NeedMoreInput();
      return;
    }
    const c = this.src[this.pos]!;
    if (c === 0) throw new GoSyntaxError('illegal character NUL');
    if (c >= 0x80) this.decodeRune(this.pos);
  }

  private scanIdentifier(): Token {
    const src = this.src;
    const start = this.pos;
    let i = this.pos;
    for (;;) {
      if (i >= src.length) {
        if (!this.atEof) throw new NeedMoreInput();
        break;
      }
      const c = src[i]!;
      if (isAsciiLetter(c) || isDecimal(c)) {
        i++;
      } else if (c >= 0x80) {
        const [cp, width] = this.decodeRune(i);
        const ch = String.fromCodePoint(cp);
        if (UNICODE_LETTER.test(ch) || (i > start && UNICODE_DIGIT.test(ch))) i += width;
        else if (i === start) throw new GoSyntaxError(`illegal character U+${cp.toString(16).toUpperCase()}`);
        else break;
      } else {
        break;
      }
    }
    this.pos = i;
    return { kind: 'ident', text: this.bytes.toString('utf8', start, i) };
  }

  private scanInterpreted(): Token {
    const out: number[] = [];
    const { end } = this.scanQuoted(DOUBLE_QUOTE, out);
    const text = this.bytes.toString('utf8', this.pos, end);
    this.pos = end;
    return { kind: 'string', text, value: Uint8Array.from(out) };
  }

  private scanRune(): void {
    const { end, runes } = this.scanQuoted(SINGLE_QUOTE, []);
    this.pos = end;
    if (runes !== 1) throw new GoSyntaxError('illegal rune literal');
  }

  /**
   * Reads the string or rune literal at `pos` up to its closing `quote`, appending the bytes it
   * stands for to `out`; returns the offset after the closing quote and how many characters it holds.
   */
  private scanQuoted(quote: number, out: number[]): { end: number; runes: number } {
    const src = this.src;
    let i = this.pos + 1;
    let runes = 0;
    for (;;) {
      if (i >= src.length) {
        if (!this.atEof) throw new NeedMoreInput();
        throw new GoSyntaxError(`${quote === DOUBLE_QUOTE ? 'string' : 'rune'} literal not terminated`);
      }
      const c = src[i]!;
      if (c === quote) return { end: i + 1, runes };
      if (c === NL) throw new GoSyntaxError(`${quote === DOUBLE_QUOTE ? 'string' : 'rune'} literal not terminated`);
      runes++;
      if (c === 0x5c) {
        i = this.scanEscape(i + 1, out, quote);
      } else if (c >= 0x80) {
        const [, width] = this.decodeRune(i);
        for (let k = 0; k < width; k++) out.push(src[i + k]!);
        i += width;
      } else {
        if (c === 0) throw new GoSyntaxError('illegal character NUL');
        out.push(c);
        i++;
      }
    }
  }

  /** Reads one escape after its backslash, appends the bytes it stands for, returns the next offset. */
  private scanEscape(i: number, out: number[], quote: number): number {
    const src = this.src;
    const need = (n: number): void => {
      if (i + n > src.length) {
        if (!this.atEof) throw new NeedMoreInput();
        throw new GoSyntaxError('escape sequence not terminated');
      }
    };
    need(1);
    const c = src[i]!;
    if (c === quote || ESCAPED_BYTES[c] !== undefined) {
      out.push(ESCAPED_BYTES[c] ?? c);
      return i + 1;
    }
    if (c >= 0x30 && c <= 0x37) {
      need(3);
      const v = this.escapeDigits(i, 3, 8);
      if (v > 255) throw new GoSyntaxError('escape sequence is invalid Unicode code point');
      out.push(v);
      return i + 3;
    }
    const digits = c === 0x78 ? 2 : c === 0x75 ? 4 : c === 0x55 ? 8 : 0;
    if (digits === 0) throw new GoSyntaxError('unknown escape sequence');
    need(1 + digits);
    const v = this.escapeDigits(i + 1, digits, 16);
    if (c === 0x78) {
      out.push(v);
    } else {
      if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) throw new GoSyntaxError('escape sequence is invalid Unicode code point');
      out.push(...Buffer.from(String.fromCodePoint(v), 'utf8'));
    }
    return i + 1 + digits;
  }

  /** The value of `count` digits in `base` at `i`; Go rejects a non-digit (or a NUL) there. */
  private escapeDigits(i: number, count: number, base: number): number {
    let v = 0;
    for (let k = 0; k < count; k++) {
      const d = hexValue(this.src[i + k]!);
      if (d < 0 || d >= base) throw new GoSyntaxError('illegal character in escape sequence');
      v = v * base + d;
    }
    return v;
  }

  private scanRaw(): Token {
    const src = this.src;
    const end = src.indexOf(0x60, this.pos + 1);
    if (end === -1) {
      if (!this.atEof) throw new NeedMoreInput();
      throw new GoSyntaxError('raw string literal not terminated');
    }
    this.checkText(this.pos + 1, end);
    // Carriage returns are dropped from a raw string's value.
    const value = src.subarray(this.pos + 1, end).filter((b) => b !== 0x0d);
    const text = this.bytes.toString('utf8', this.pos, end + 1);
    this.pos = end + 1;
    return { kind: 'string', text, value: Uint8Array.from(value) };
  }

  /** Go's scanner rejects NUL, invalid UTF-8 and a byte order mark past the start, even in comments. */
  private checkText(from: number, to: number): void {
    const src = this.src;
    for (let i = from; i < to;) {
      const c = src[i]!;
      if (c < 0x80) {
        if (c === 0) throw new GoSyntaxError('illegal character NUL');
        i++;
      } else {
        i += this.decodeRune(i)[1];
      }
    }
  }

  /** Decodes the UTF-8 sequence at `i` the way Go does, rejecting what Go rejects. */
  private decodeRune(i: number): [number, number] {
    const src = this.src;
    const b0 = src[i]!;
    const width = b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 1;
    if (i + width > src.length && !this.atEof) throw new NeedMoreInput();
    const invalid = (): never => {
      throw new GoSyntaxError('illegal UTF-8 encoding');
    };
    if (width === 1 || b0 > 0xf4 || b0 === 0xc0 || b0 === 0xc1) invalid();
    let cp = b0 & (0xff >> (width + 1));
    for (let k = 1; k < width; k++) {
      const b = src[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) invalid();
      cp = (cp << 6) | (b! & 0x3f);
    }
    const min = width === 2 ? 0x80 : width === 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) invalid();
    if (cp === 0xfeff) throw new GoSyntaxError('illegal byte order mark');
    return [cp, width];
  }
}

/** The value of the Go string literal `text` (as strconv.Unquote gives it), or null when it is not one. */
export function unquoteGoString(text: string): string | null {
  try {
    const lexer = new GoLexer(Buffer.from(text, 'utf8'), true);
    const token = lexer.next();
    const rest = lexer.next();
    if (token.kind !== 'string' || token.text !== text || rest.kind !== 'semi') return null;
    return Buffer.from(token.value!).toString('utf8');
  } catch (error) {
    if (error instanceof GoSyntaxError) return null;
    throw error;
  }
}
