import { NeedMoreInput, GoSyntaxError } from './go-scan-errors.js';

/**
 * The extent of Go tokens the import reader never looks into (numbers, operators), with the
 * errors Go's scanner reports for them: the token after the imports is scanned whole by go/parser.
 */

const UNDERSCORE = 0x5f;
const RADIX_PREFIXES = new Map<number, [string, number]>([
  [0x78, ['x', 16]],
  [0x6f, ['o', 8]],
  [0x62, ['b', 2]],
]);
const DOT = 0x2e;

export function isDecimal(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHex(c: number): boolean {
  return isDecimal(c) || (lower(c) >= 0x61 && lower(c) <= 0x66);
}
/** Go's `lower`: the lower case of an ASCII letter (and something harmless for anything else). */
function lower(c: number): number {
  return c | 0x20;
}

/** Reads bytes past the end as -1 at the end of the file, and asks for more otherwise. */
export function byteReader(src: Uint8Array, atEof: boolean): (i: number) => number {
  return (i) => {
    if (i < src.length) return src[i]!;
    if (!atEof) throw new NeedMoreInput();
    return -1;
  };
}

function literalName(prefix: string): string {
  if (prefix === 'x') return 'hexadecimal literal';
  if (prefix === 'o' || prefix === '0') return 'octal literal';
  if (prefix === 'b') return 'binary literal';
  return 'decimal literal';
}

/** Go's invalidSep: the index of the first `_` that does not separate digits, or -1. */
function invalidSeparator(lit: string): number {
  let x1 = ' ';
  let d = '.';
  let i = 0;
  if (lit.length >= 2 && lit[0] === '0' && 'xob'.includes(lit[1]!.toLowerCase())) {
    x1 = lit[1]!.toLowerCase();
    d = '0';
    i = 2;
  }
  for (; i < lit.length; i++) {
    const p = d;
    d = lit[i]!;
    if (d === '_') {
      if (p !== '0') return i;
    } else if (isDecimal(d.charCodeAt(0)) || (x1 === 'x' && isHex(d.charCodeAt(0)))) {
      d = '0';
    } else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  return d === '_' ? lit.length - 1 : -1;
}

/**
 * Go's scanner on the number literal at `start` (a digit, or `.` before a digit): returns its end.
 * It follows go/scanner's scanNumber step by step, so the two can be read side by side.
 */
export function numberEnd(src: Uint8Array, start: number, atEof: boolean): number {
  const at = byteReader(src, atEof);
  let i = start;
  let base = 10;
  let prefix = ''; // '', '0' (0-octal), 'x', 'o' or 'b'
  let sawDigit = false;
  let sawSeparator = false;
  let invalidDigit = -1;
  let isFloat = false;
  const digits = (digitBase: number): boolean => {
    let any = false;
    for (let c = at(i); digitBase <= 10 ? isDecimal(c) || c === UNDERSCORE : isHex(c) || c === UNDERSCORE; c = at(++i)) {
      if (c === UNDERSCORE) sawSeparator = true;
      else any = true;
      if (c !== UNDERSCORE && digitBase < 10 && c >= 0x30 + digitBase && invalidDigit < 0) invalidDigit = i;
    }
    return any;
  };
  if (at(i) !== DOT) {
    if (at(i) === 0x30) {
      i++;
      const radix = RADIX_PREFIXES.get(lower(at(i)));
      if (radix) {
        [prefix, base] = radix;
        i++;
      } else {
        [prefix, base] = ['0', 8];
        sawDigit = true; // the leading 0
      }
    }
    sawDigit = digits(base) || sawDigit;
  }
  if (at(i) === DOT) {
    isFloat = true;
    if (prefix === 'o' || prefix === 'b') throw new GoSyntaxError(`invalid radix point in ${literalName(prefix)}`);
    i++;
    sawDigit = digits(base) || sawDigit;
  }
  if (!sawDigit) throw new GoSyntaxError(`${literalName(prefix)} has no digits`);
  const e = lower(at(i));
  if (e === 0x65 || e === 0x70) {
    if (e === 0x65 && prefix !== '' && prefix !== '0') throw new GoSyntaxError("'e' exponent requires decimal mantissa");
    if (e === 0x70 && prefix !== 'x') throw new GoSyntaxError("'p' exponent requires hexadecimal mantissa");
    i++;
    isFloat = true;
    if (at(i) === 0x2b || at(i) === 0x2d) i++;
    if (!digits(10)) throw new GoSyntaxError('exponent has no digits');
  } else if (prefix === 'x' && isFloat) {
    throw new GoSyntaxError("hexadecimal mantissa requires a 'p' exponent");
  }
  const isImaginary = at(i) === 0x69;
  if (isImaginary) i++;
  if (!isFloat && !isImaginary && invalidDigit >= 0) throw new GoSyntaxError(`invalid digit in ${literalName(prefix)}`);
  if (sawSeparator && invalidSeparator(Buffer.from(src.subarray(start, i)).toString('latin1')) >= 0) {
    throw new GoSyntaxError("'_' must separate successive digits");
  }
  return i;
}

/** Operators by first character, each with the longer spellings Go's scanner tries (longest first). */
const OPERATORS: Record<string, string[]> = {
  ':': [':='],
  '.': ['...'],
  '+': ['+=', '++'],
  '-': ['-=', '--'],
  '*': ['*='],
  '/': ['/='],
  '%': ['%='],
  '^': ['^='],
  '<': ['<<=', '<-', '<=', '<<'],
  '>': ['>>=', '>=', '>>'],
  '=': ['=='],
  '!': ['!='],
  '&': ['&^=', '&^', '&=', '&&'],
  '|': ['|=', '||'],
  '~': [],
  '[': [],
  ']': [],
  '{': [],
  '}': [],
  '(': [],
  ')': [],
  ',': [],
  ';': [],
};

/** Whether `c` starts an operator or delimiter. */
export function isOperatorStart(c: number): boolean {
  return String.fromCharCode(c) in OPERATORS;
}

/** The length of the operator or delimiter at `start`, by Go's longest match. */
export function operatorLength(src: Uint8Array, start: number, atEof: boolean): number {
  const at = byteReader(src, atEof);
  const longer = OPERATORS[String.fromCharCode(src[start]!)] ?? [];
  const matches = (spelling: string): boolean => {
    for (let k = 1; k < spelling.length; k++) if (at(start + k) !== spelling.charCodeAt(k)) return false;
    return true;
  };
  return longer.find(matches)?.length ?? 1;
}
