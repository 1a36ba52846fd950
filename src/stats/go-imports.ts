import { GoLexer, NeedMoreInput, SyntaxError, isGoKeyword, type Token } from './go-lexer.js';

/**
 * Reads a Go file's package clause and import declarations the way `go/parser` does in its
 * ImportsOnly mode, stopping at the first other declaration.
 */
export type ImportScan =
  | { status: 'ok'; imports: string[] }
  | { status: 'error'; reason: string }
  /** The bytes so far do not decide; scan again with more of the file. */
  | { status: 'more' };

const ILLEGAL_IN_PATH = new Set([...'!"#$%&\'()*,:;<=>?[\\]^{|}`\uFFFD']);
const GRAPHIC = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const SPACE = /^\s$/u;
// ignoreBOM: a leading U+FEFF stays in the path (and makes it invalid, as in Go) instead of being dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function allowedInPath(ch: string): boolean {
  return GRAPHIC.test(ch) && !SPACE.test(ch) && !ILLEGAL_IN_PATH.has(ch);
}

/** The rule below for each ASCII byte, worked out once: nearly every path is ASCII. */
const ASCII_ALLOWED = Uint8Array.from({ length: 0x80 }, (_, byte) => (allowedInPath(String.fromCharCode(byte)) ? 1 : 0));

/** The path when every byte is ASCII and allowed; null when one is not allowed; undefined past ASCII. */
function asciiImportPath(value: Uint8Array): string | null | undefined {
  for (let i = 0; i < value.length; i++) {
    const byte = value[i]!;
    if (byte >= 0x80) return undefined;
    if (ASCII_ALLOWED[byte] === 0) return null;
  }
  return Buffer.from(value.buffer, value.byteOffset, value.length).toString('latin1');
}

/** Go's isValidImport: a non-empty path of graphic, non-space characters outside a small set. */
function importPath(value: Uint8Array): string | null {
  if (value.length === 0) return null;
  const ascii = asciiImportPath(value);
  if (ascii !== undefined) return ascii;
  let path: string;
  try {
    path = utf8.decode(value);
  } catch {
    return null;
  }
  for (const ch of path) if (!allowedInPath(ch)) return null;
  return path;
}

class ImportReader {
  private tok: Token;
  readonly imports: string[] = [];

  constructor(private readonly lexer: GoLexer) {
    this.tok = lexer.next();
  }

  /** Whether the current token is of `kind` (and spelled `text`, when given). */
  private is(kind: Token['kind'], text?: string): boolean {
    return this.tok.kind === kind && (text === undefined || this.tok.text === text);
  }

  private advance(): void {
    this.tok = this.lexer.next();
  }

  private fail(expected: string): never {
    throw new SyntaxError(`expected ${expected}, found ${this.tok.kind === 'eof' ? 'EOF' : `'${this.tok.text}'`}`);
  }

  /** A semicolon, or nothing before a closing `)` or `}` (Go's parser allows both). */
  private expectSemi(): void {
    if (this.is('rparen') || this.is('rbrace')) return;
    if (this.is('semi')) this.advance();
    else this.fail("';'");
  }

  read(): void {
    if (!this.is('ident', 'package')) this.fail("'package'");
    this.advance();
    if (!this.is('ident') || isGoKeyword(this.tok.text)) this.fail('package name');
    this.advance();
    this.expectSemi();
    while (this.is('ident', 'import')) {
      this.advance();
      if (this.is('lparen')) {
        this.advance();
        while (!this.is('rparen') && !this.is('eof')) this.readSpec();
        if (!this.is('rparen')) this.fail("')'");
        this.advance();
        this.expectSemi();
      } else {
        this.readSpec();
      }
    }
    this.lexer.checkCharacterAfterToken();
  }

  private readSpec(): void {
    if (this.is('period') || (this.is('ident') && !isGoKeyword(this.tok.text))) this.advance();
    if (!this.is('string')) this.fail('import path');
    const path = importPath(this.tok.value!);
    if (path === null) throw new SyntaxError(`invalid import path: ${this.tok.text}`);
    this.imports.push(path);
    this.advance();
    this.expectSemi();
  }
}

/**
 * Scans `src`, the first bytes of a Go file (all of it when `atEof`), for its imports.
 * Import paths are returned unquoted, in the order written, duplicates included.
 */
export function scanGoImports(src: Uint8Array, atEof: boolean): ImportScan {
  try {
    const reader = new ImportReader(new GoLexer(src, atEof));
    reader.read();
    return { status: 'ok', imports: reader.imports };
  } catch (error) {
    if (error instanceof NeedMoreInput) return { status: 'more' };
    if (error instanceof SyntaxError) return { status: 'error', reason: error.message };
    throw error;
  }
}
