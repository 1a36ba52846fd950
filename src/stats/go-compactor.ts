import { isAscii, isUtf8 } from 'node:buffer';
import { bufferView } from './buffer-view.js';

/**
 * Streams a Go file into a short form the import reader reads exactly as it reads the file:
 * tokens (string, rune and raw string literals included) pass unchanged, and each run of white
 * space and comments shrinks to what the lexer can tell apart: ` `, `\n` or ` \n`, since only
 * whether a run holds a newline matters. Comment text is checked as Go's scanner checks it (no
 * NUL, valid UTF-8, no byte order mark), UTF-8 split across chunks included; a comment Go rejects
 * becomes a short one it rejects with the same error, and nothing after it is kept: reading never
 * gets past it. So a file of any size that is only white space and comments holds a few bytes.
 */

const NL = 0x0a;
const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACK_QUOTE = 0x60;
const STAR_SLASH = Buffer.from('*/');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NEWLINES = Buffer.alloc(4096, NL);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === NL;
}

/** Where a UTF-8 sequence that `end` cuts short starts in `bytes[from, end)`, or `end`. */
function incompleteTail(bytes: Buffer, from: number, end: number): number {
  for (let j = end - 1; j >= Math.max(from, end - 3); j--) {
    const b = bytes[j]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look for its lead
    const width = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return j + width > end ? j : end;
  }
  return end;
}

// Where the compactor is in the file.
const CODE = 0; // outside comments and literals
const AFTER_SLASH = 1; // after a `/` that may open a comment
const LINE_COMMENT = 2;
const BLOCK_COMMENT = 3;
const BLOCK_COMMENT_STAR = 4; // a `*` in a block comment ended the last chunk: it may open the `*/`
const QUOTED = 5; // in a string or rune literal
const ESCAPED = 6; // after a backslash in one
const RAW = 7; // in a raw string

// What the current run of white space and comments has written.
const NOTHING = 0;
const SPACE = 1;
const NEWLINE = 2;

// The first fault in a comment's text, as a short comment with the same fault.
const CLEAN = 0;
const BAD_COMMENTS = [
  null,
  Buffer.from('/*\0*/', 'latin1'), // illegal character NUL
  Buffer.from([SLASH, STAR, 0xff, STAR, SLASH]), // illegal UTF-8 encoding
  Buffer.from('/*\ufeff*/', 'utf8'), // illegal byte order mark
];
const NUL_FAULT = 1;
const UTF8_FAULT = 2;
const BOM_FAULT = 3;
/** The most add() writes beyond the bytes it is given: a pending `/` and a short comment. */
const MAX_EXTRA = 8;

export class GoCompactor {
  private state = CODE;
  private quote = 0;
  private written = NOTHING;
  private commentHasNewline = false;
  private fault = CLEAN;
  /** UTF-8 in comment text: continuation bytes still due, the code point so far, its least value. */
  private pending = 0;
  private codePoint = 0;
  private least = 0;
  private out = Buffer.alloc(0);
  private length = 0;
  /** A rejected comment was written: what follows is never read. */
  blocked = false;

  /** The short form of `chunk`, the next bytes of the file. */
  add(chunk: Uint8Array): Buffer {
    if (this.blocked) return Buffer.alloc(0);
    if (this.out.length < chunk.length + MAX_EXTRA) this.out = Buffer.allocUnsafe(chunk.length + MAX_EXTRA);
    this.length = 0;
    this.compact(bufferView(chunk));
    return Buffer.from(this.out.subarray(0, this.length));
  }

  /** What is left to write at the end of the file. */
  finish(): Buffer {
    if (this.blocked) return Buffer.alloc(0);
    if (this.out.length < MAX_EXTRA) this.out = Buffer.allocUnsafe(MAX_EXTRA);
    this.length = 0;
    if (this.state === AFTER_SLASH) this.token(SLASH);
    else if (this.state === LINE_COMMENT) this.endComment(true);
    else if (this.state === BLOCK_COMMENT || this.state === BLOCK_COMMENT_STAR) this.write(Buffer.from('/*')); // not terminated
    this.state = CODE;
    return Buffer.from(this.out.subarray(0, this.length));
  }

  private compact(chunk: Buffer): void {
    const n = chunk.length;
    for (let i = 0; i < n && !this.blocked; i++) {
      const c = chunk[i]!;
      switch (this.state) {
        case CODE:
          if (c === SLASH) this.state = AFTER_SLASH;
          else if (isSpace(c)) i = this.skipSpace(chunk, i) - 1;
          else this.token(c);
          break;
        case AFTER_SLASH:
          if (c === SLASH || c === STAR) this.startComment(c === SLASH ? LINE_COMMENT : BLOCK_COMMENT);
          else {
            this.token(SLASH);
            i--; // read `c` again as code
          }
          break;
        case LINE_COMMENT: {
          const end = chunk.indexOf(NL, i);
          this.checkText(chunk, i, end === -1 ? n : end);
          if (end === -1) return;
          this.endComment(true); // a line comment stands for the newline that ends it, which is white space
          i = end - 1;
          break;
        }
        case BLOCK_COMMENT: {
          const close = chunk.indexOf(STAR_SLASH, i);
          // A `*` at the end of the chunk may be the start of `*/`.
          const end = close !== -1 ? close : chunk[n - 1] === STAR ? n - 1 : n;
          this.checkText(chunk, i, end);
          if (close !== -1) {
            this.endComment(this.commentHasNewline);
            i = close + 1;
          } else {
            if (end < n) this.state = BLOCK_COMMENT_STAR;
            return;
          }
          break;
        }
        case BLOCK_COMMENT_STAR:
          if (c === SLASH) {
            this.endComment(this.commentHasNewline);
          } else {
            this.checkByte(STAR); // the `*` was text
            this.state = BLOCK_COMMENT;
            i--;
          }
          break;
        case QUOTED:
          this.put(c);
          if (c === BACKSLASH) this.state = ESCAPED;
          else if (c === this.quote || c === NL) this.state = CODE;
          break;
        case ESCAPED:
          this.put(c);
          this.state = QUOTED;
          break;
        default: {
          // RAW: everything up to the closing back quote is the token's
          const close = chunk.indexOf(BACK_QUOTE, i);
          const end = close === -1 ? n : close + 1;
          this.write(chunk.subarray(i, end));
          if (close === -1) return;
          this.state = CODE;
          i = end - 1;
        }
      }
    }
  }

  /** A run of white space from `i`, written as `space` would write it byte by byte; returns where it ends. */
  private skipSpace(chunk: Buffer, i: number): number {
    const n = chunk.length;
    const block = NEWLINES.length;
    for (; i < n; i++) {
      const c = chunk[i]!;
      if (c === NL) {
        if (this.written < NEWLINE) this.space(NEWLINE);
        // A long run of newlines, a file of nothing else say, is skipped a block at a time.
        while (chunk[i + block] === NL && chunk.compare(NEWLINES, 0, block, i + 1, i + 1 + block) === 0) i += block;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) {
        if (this.written === NOTHING) this.space(SPACE);
      } else {
        break;
      }
    }
    return i;
  }

  /** White space: written once per run, a newline once more if the run has one. */
  private space(kind: number): void {
    if (this.written >= kind) return;
    this.put(kind === NEWLINE ? NL : 0x20);
    this.written = kind;
  }

  private token(c: number): void {
    this.put(c);
    this.written = NOTHING;
    this.state = CODE;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      this.state = QUOTED;
      this.quote = c;
    } else if (c === BACK_QUOTE) {
      this.state = RAW;
    }
  }

  private startComment(state: number): void {
    this.state = state;
    this.commentHasNewline = false;
    this.fault = CLEAN;
    this.pending = 0;
  }

  /** A comment ends: it is white space (with a newline when it holds one), or a short comment Go rejects. */
  private endComment(hasNewline: boolean): void {
    this.state = CODE;
    if (this.pending > 0) this.setFault(UTF8_FAULT); // a sequence cut short by the comment's end
    if (this.fault !== CLEAN) {
      this.write(BAD_COMMENTS[this.fault]!);
      this.blocked = true;
    } else {
      this.space(hasNewline ? NEWLINE : SPACE);
    }
  }

  /** Checks comment text `chunk[from, end)`: natively where it is whole UTF-8, byte by byte around a fault or a split sequence. */
  private checkText(chunk: Buffer, from: number, end: number): void {
    if (this.state === BLOCK_COMMENT && !this.commentHasNewline) this.commentHasNewline = chunk.subarray(from, end).indexOf(NL) !== -1;
    let i = from;
    while (this.pending > 0 && i < end && this.fault === CLEAN) this.checkByte(chunk[i++]!); // a sequence the last chunk began
    if (this.fault !== CLEAN || i >= end) return;
    const cut = incompleteTail(chunk, i, end);
    const text = chunk.subarray(i, cut);
    const clean = isAscii(text) ? text.indexOf(0) === -1 : isUtf8(text) && text.indexOf(0) === -1 && text.indexOf(BOM) === -1;
    // The first fault decides which error Go reports, so a faulty stretch is read again byte by byte.
    if (!clean) for (let k = i; k < cut && this.fault === CLEAN; k++) this.checkByte(chunk[k]!);
    for (let k = cut; k < end && this.fault === CLEAN; k++) this.checkByte(chunk[k]!);
  }

  /** One byte of comment text, checked as Go's scanner decodes it. */
  private checkByte(c: number): void {
    if (this.pending > 0) {
      if ((c & 0xc0) !== 0x80) {
        this.setFault(UTF8_FAULT);
        return;
      }
      this.codePoint = (this.codePoint << 6) | (c & 0x3f);
      if (--this.pending === 0) this.checkCodePoint();
    } else if (c < 0x80) {
      if (c === 0) this.setFault(NUL_FAULT);
    } else if (c < 0xc2 || c > 0xf4) {
      this.setFault(UTF8_FAULT);
    } else {
      this.pending = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
      this.codePoint = c & (0xff >> (this.pending + 2));
      this.least = this.pending === 1 ? 0x80 : this.pending === 2 ? 0x800 : 0x10000;
    }
  }

  private checkCodePoint(): void {
    const cp = this.codePoint;
    if (cp < this.least || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) this.setFault(UTF8_FAULT);
    else if (cp === 0xfeff) this.setFault(BOM_FAULT);
  }

  private setFault(fault: number): void {
    if (this.fault === CLEAN) this.fault = fault;
  }

  private put(c: number): void {
    this.out[this.length++] = c;
  }

  private write(bytes: Buffer): void {
    bytes.copy(this.out, this.length);
    this.length += bytes.length;
  }
}
