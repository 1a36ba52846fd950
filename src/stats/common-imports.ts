import { isAscii, isUtf8 } from 'node:buffer';
import { bufferView } from './buffer-view.js';
import { identifierEndsStatement, isAsciiLetter, isGoKeyword } from './go-lexer.js';
import { isDecimal } from './go-literals.js';
import { isAllowedAsciiPath } from './import-path.js';
import type { ImportScan } from './go-imports.js';

/**
 * A fast reader for the import sections nearly every Go file has: ASCII names and paths without
 * escapes, `//` and `/* *\/` comments, automatic or written semicolons. It is a small subset of
 * the full lexer, so it gets optimized early and cheaply in a short run, and needs no token objects.
 * Whatever it does not know it leaves to the full scanner, which also words every error; where it
 * does decide, it decides as the full scanner would (a differential test holds it to that).
 */

/** The lexer ran into the end of a prefix: more text decides. */
const MORE = -1;
/** The lexer met a form it leaves to the full scanner. */
const STOP = 0;
const IDENT = 1;
const STRING = 2;
const LPAREN = 3;
const RPAREN = 4;
const SEMI = 5;
const PERIOD = 6;
const EOF = 7;

const NL = 0x0a;
const STAR_SLASH = Buffer.from('*/');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const LETTER = 1;
const DIGIT = 2;
/** LETTER or DIGIT for the ASCII bytes that make identifiers (`_` is a letter), 0 for every other byte. */
const IDENTIFIER_BYTES = Uint8Array.from({ length: 256 }, (_, c) => (isAsciiLetter(c) ? LETTER : isDecimal(c) ? DIGIT : 0));

class CommonLexer {
  pos = 0;
  /** The last identifier's text, or the last string's unquoted value. */
  text = '';
  private insertSemi = false;

  constructor(
    private readonly src: Buffer,
    private readonly atEof: boolean,
  ) {}

  /** Whether the last identifier is `word`. */
  spells(word: string): boolean {
    return this.text === word;
  }

  /** The next token's kind, or MORE or STOP: the reader expects neither, so reading ends there. */
  next(): number {
    const src = this.src;
    for (;;) {
      if (this.pos >= src.length) {
        if (!this.atEof) return MORE;
        if (!this.insertSemi) return EOF;
        this.insertSemi = false;
        return SEMI;
      }
      const c = src[this.pos]!;
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        this.pos++;
      } else if (c === NL) {
        if (this.insertSemi) {
          this.insertSemi = false;
          return SEMI;
        }
        this.pos++;
      } else if (c === 0x2f) {
        const skipped = this.skipComment();
        if (skipped <= STOP) return skipped;
        if (skipped === NL && this.insertSemi) {
          this.insertSemi = false;
          return SEMI;
        }
      } else {
        return this.token(c);
      }
    }
  }

  /** Skips the comment at `pos`: NL for a block comment with a newline inside, MORE, STOP, or 1. */
  private skipComment(): number {
    const src = this.src;
    const next = src[this.pos + 1];
    if (next === 0x2f) {
      const end = src.indexOf(NL, this.pos);
      if (end === -1 && !this.atEof) return MORE;
      this.pos = end === -1 ? src.length : end;
      return 1;
    }
    if (next === 0x2a) {
      const end = src.indexOf(STAR_SLASH, this.pos + 2);
      if (end === -1) return this.atEof ? STOP : MORE;
      const start = this.pos + 2;
      this.pos = end + 2;
      if (!this.insertSemi) return 1;
      const newline = src.indexOf(NL, start);
      return newline !== -1 && newline < end ? NL : 1;
    }
    return next === undefined && !this.atEof ? MORE : STOP;
  }

  private token(c: number): number {
    const src = this.src;
    const start = this.pos;
    if (IDENTIFIER_BYTES[c] === LETTER) {
      let end = start + 1;
      while (end < src.length && IDENTIFIER_BYTES[src[end]!] !== 0) end++;
      if (end >= src.length && !this.atEof) return MORE;
      if (src[end]! >= 0x80) return STOP;
      this.pos = end;
      this.text = src.toString('latin1', start, end);
      this.insertSemi = identifierEndsStatement(this.text);
      return IDENT;
    }
    this.pos++;
    this.insertSemi = false;
    switch (c) {
      case 0x22: {
        const end = src.indexOf(0x22, this.pos);
        // Escapes, non-ASCII bytes, a newline or an invalid path: the full scanner decides.
        if (!isAllowedAsciiPath(src, this.pos, end === -1 ? src.length : end)) return STOP;
        if (end === -1 && !this.atEof) return MORE;
        if (end === -1 || end === this.pos) return STOP;
        this.text = src.toString('latin1', this.pos, end);
        this.pos = end + 1;
        this.insertSemi = true;
        return STRING;
      }
      case 0x28:
        return LPAREN;
      case 0x29:
        this.insertSemi = true;
        return RPAREN;
      case 0x3b:
        return SEMI;
      case 0x2e: {
        const next = src[this.pos];
        if (next === undefined && !this.atEof) return MORE;
        if (next === 0x2e || (next !== undefined && IDENTIFIER_BYTES[next] === DIGIT)) return STOP;
        return PERIOD;
      }
      default:
        return STOP;
    }
  }
}

/** Go's scanner rejects NUL, invalid UTF-8 and a byte order mark anywhere, comments included. */
function isCleanText(bytes: Buffer): boolean {
  if (bytes.indexOf(0) !== -1) return false;
  return isAscii(bytes) || (isUtf8(bytes) && bytes.indexOf(BOM) === -1);
}

/** MORE when reading ended at the end of a prefix, STOP for anything else the reader did not expect. */
function failure(tok: number): number {
  return tok === MORE ? MORE : STOP;
}

/** One import spec from its first token; returns the token after its semicolon, the `)` that may stand for one, or a failure. */
function readSpec(lexer: CommonLexer, first: number, imports: string[]): number {
  let tok = first;
  if (tok === PERIOD || (tok === IDENT && !isGoKeyword(lexer.text))) tok = lexer.next();
  if (tok !== STRING) return failure(tok);
  imports.push(lexer.text);
  tok = lexer.next();
  if (tok === SEMI) return lexer.next();
  return tok === RPAREN ? tok : failure(tok);
}

/** The package clause and import declarations, or MORE or STOP; the lexer stops after the token that follows them. */
function readImports(lexer: CommonLexer): string[] | number {
  let tok = lexer.next();
  if (tok !== IDENT || !lexer.spells('package')) return failure(tok);
  tok = lexer.next();
  if (tok !== IDENT || isGoKeyword(lexer.text)) return failure(tok);
  tok = lexer.next();
  if (tok !== SEMI) return failure(tok);
  const imports: string[] = [];
  tok = lexer.next();
  while (tok === IDENT && lexer.spells('import')) {
    tok = lexer.next();
    if (tok === LPAREN) {
      tok = lexer.next();
      while (tok > STOP && tok !== RPAREN) tok = readSpec(lexer, tok, imports);
      if (tok <= STOP) return tok;
      tok = lexer.next();
      if (tok !== SEMI) return failure(tok);
      tok = lexer.next();
    } else {
      tok = readSpec(lexer, tok, imports);
    }
  }
  // What follows the imports: a declaration's keyword, or the end of the file.
  return tok === IDENT || tok === EOF ? imports : failure(tok);
}

/**
 * scanGoImports for the common forms: the same verdict as the full scanner, or undefined when
 * the bytes need the full scanner. It never decides an error: the full scanner words those.
 */
export function scanCommonImports(src: Uint8Array, atEof: boolean): ImportScan | undefined {
  const bytes = bufferView(src);
  if (bytes[0] === BOM[0]) return undefined; // a byte order mark, or the start of one
  const lexer = new CommonLexer(bytes, atEof);
  const imports = readImports(lexer);
  // Every byte so far was read as a common form: only more text decides.
  if (imports === MORE) return isCleanText(bytes) ? { status: 'more' } : undefined;
  if (typeof imports === 'number') return undefined;
  // go/parser also decodes the character after the last token it reads.
  if (bytes[lexer.pos] === 0 || !isCleanText(bytes.subarray(0, lexer.pos))) return undefined;
  return { status: 'ok', imports };
}
