import { GoLexer, NeedMoreInput, GoSyntaxError, isGoKeyword, type Token } from './go-lexer.js';
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

/** What the reader expects next: the package clause, import declarations, or the rest of an import group. */
export type ReadPhase = 'package' | 'declarations' | 'group';

/**
 * A point reading can resume from without the bytes before it: just past a `;` or a group's
 * `(`, where no semicolon is pending.
 */
export interface ResumePoint {
  offset: number;
  phase: ReadPhase;
  /** How many of the imports read come before it. */
  imports: number;
}

/** A scan from a resume point: a verdict, or 'more' with the imports read and the last resume point reached. */
export type ResumedScan = Exclude<ImportScan, { status: 'more' }> | { status: 'more'; imports: string[]; resume: ResumePoint };

class ImportReader {
  private tok: Token = { kind: 'eof', text: '' };
  readonly imports: string[] = [];
  resume: ResumePoint;

  constructor(
    private readonly lexer: GoLexer,
    phase: ReadPhase,
  ) {
    this.resume = { offset: 0, phase, imports: 0 };
  }

  /** Whether the current token is of `kind` (and spelled `text`, when given). */
  private is(kind: Token['kind'], text?: string): boolean {
    return this.tok.kind === kind && (text === undefined || this.tok.text === text);
  }

  private advance(): void {
    this.tok = this.lexer.next();
  }

  private fail(expected: string): never {
    throw new GoSyntaxError(`expected ${expected}, found ${this.tok.kind === 'eof' ? 'EOF' : `'${this.tok.text}'`}`);
  }

  /** Notes that reading can resume just past the current token, expecting `phase`. */
  private mark(phase: ReadPhase): void {
    this.resume = { offset: this.lexer.offset, phase, imports: this.imports.length };
  }

  /** A semicolon, or nothing before a closing `)` or `}` (Go's parser allows both); then `next`. */
  private expectSemi(next: ReadPhase): void {
    if (this.is('rparen') || this.is('rbrace')) return;
    if (!this.is('semi')) this.fail("';'");
    this.mark(next);
    this.advance();
  }

  read(): void {
    const { phase } = this.resume;
    this.advance();
    if (phase === 'package') this.readPackageClause();
    else if (phase === 'group') this.readGroupRest();
    while (this.is('ident', 'import')) {
      this.advance();
      if (this.is('lparen')) {
        this.mark('group');
        this.advance();
        this.readGroupRest();
      } else {
        this.readSpec('declarations');
      }
    }
    this.lexer.checkCharacterAfterToken();
  }

  private readPackageClause(): void {
    if (!this.is('ident', 'package')) this.fail("'package'");
    this.advance();
    if (!this.is('ident') || isGoKeyword(this.tok.text)) this.fail('package name');
    this.advance();
    this.expectSemi('declarations');
  }

  /** The specs of an import group after its `(`, its `)` and the semicolon after it. */
  private readGroupRest(): void {
    while (!this.is('rparen') && !this.is('eof')) this.readSpec('group');
    if (!this.is('rparen')) this.fail("')'");
    this.advance();
    this.expectSemi('declarations');
  }

  private readSpec(next: ReadPhase): void {
    if (this.is('period') || (this.is('ident') && !isGoKeyword(this.tok.text))) this.advance();
    if (!this.is('string')) this.fail('import path');
    const path = importPath(this.tok.value!);
    if (path === null) throw new GoSyntaxError(`invalid import path: ${this.tok.text}`);
    this.imports.push(path);
    this.advance();
    this.expectSemi(next);
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
  const scan = scanImportsFrom(src, atEof, 'package');
  return scan.status === 'more' ? { status: 'more' } : scan;
}

/**
 * scanAllImports on the bytes from a resume point of a file (its start, for 'package'), to its
 * end when `atEof`; 'more' says how far reading got, so that the bytes before can be dropped.
 */
export function scanImportsFrom(src: Uint8Array, atEof: boolean, phase: ReadPhase): ResumedScan {
  let reader: ImportReader | undefined;
  try {
    reader = new ImportReader(new GoLexer(src, atEof, phase === 'package'), phase);
    reader.read();
    return { status: 'ok', imports: reader.imports };
  } catch (error) {
    if (error instanceof NeedMoreInput) {
      return { status: 'more', imports: reader?.imports ?? [], resume: reader?.resume ?? { offset: 0, phase, imports: 0 } };
    }
    if (error instanceof GoSyntaxError) return { status: 'error', reason: error.message };
    throw error;
  }
}
