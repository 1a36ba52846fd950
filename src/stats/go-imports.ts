import { GoLexer, NeedMoreInput, SyntaxError, isGoKeyword, type Token } from './go-lexer.js';
import { scanCommonImports } from './common-imports.js';
import { importPath } from './import-path.js';

/**
 * Reads a Go file's package clause and import declarations the way `go/parser` does in its
 * ImportsOnly mode, stopping at the first other declaration.
 */
export type ImportScan =
  | { status: 'ok'; imports: string[] }
  | { status: 'error'; reason: string }
  /** The bytes so far do not decide; scan again with more of the file. */
  | { status: 'more' };

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
  return scanCommonImports(src, atEof) ?? scanAllImports(src, atEof);
}

/** scanGoImports with the full lexer alone: every form Go allows, and Go's error for each mistake. */
export function scanAllImports(src: Uint8Array, atEof: boolean): ImportScan {
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
