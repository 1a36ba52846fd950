/** fast-check generators of Go files: well-formed import sections, and junk. */
import fc from 'fast-check';

/** A generated Go file and the import paths written in it, in order. */
export interface GeneratedFile {
  src: string;
  imports: string[];
}

// Path characters Go accepts in an import path, ASCII and not.
const pathChar = fc.constantFrom(...'abcxyzABZ0129./-_~+@é例ä', 'ü');
const path = fc.array(pathChar, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
const identifier = fc.constantFrom('x', 'alias', '_', 'fmt2', 'é', 'ŝtr', 'a_b');
const commentText = fc.constantFrom('', ' c', ' import "zz.com/no"', ' ( ) ; "', ' é 例', ' //', ' /*', ' `raw`');

/** White space and comments with no newline: allowed anywhere between tokens. */
const inlineGap = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '\t', '  '),
      commentText.filter((t) => !t.includes('*/')).map((t) => `/*${t}*/`),
    ),
    { maxLength: 3 },
  )
  .map((parts) => parts.join(''));

/** A stretch with at least one newline: ends a statement after a path, a name or a `)`. */
const lineBreak = fc.tuple(inlineGap, fc.constantFrom('\n', '\r\n', '\n\n'), inlineGap).chain(([before, newline, after]) =>
  fc.oneof(
    fc.constant(`${before}${newline}${after}`),
    commentText.map((t) => `${before}//${t}${newline}${after}`),
    commentText.filter((t) => !t.includes('*/')).map((t) => `${before}/*${t}\n*/${after}`),
  ),
);

/** Where a newline adds no semicolon: after `package`, `import` and `(`, or between statements. */
const anyGap = fc.oneof(inlineGap, lineBreak);
const terminator = fc.oneof(
  lineBreak,
  inlineGap.map((gap) => `${gap};`),
);

/** One character of an interpreted string, spelled literally or by one of Go's escapes. */
function escapedChar(ch: string, style: number): string {
  const utf8 = [...Buffer.from(ch, 'utf8')];
  const cp = ch.codePointAt(0)!;
  switch (style) {
    case 1:
      return utf8.map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
    case 2:
      return utf8.map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
    case 3:
      return `\\u${cp.toString(16).padStart(4, '0')}`;
    case 4:
      return `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
    default:
      return ch;
  }
}

const pathLiteral = fc.oneof(
  path.map((p) => ({ p, literal: `\`${p}\`` })),
  path.chain((p) =>
    fc.array(fc.integer({ min: 0, max: 4 }), { minLength: [...p].length, maxLength: [...p].length }).map((styles) => ({
      p,
      literal: `"${[...p].map((ch, i) => escapedChar(ch, styles[i]!)).join('')}"`,
    })),
  ),
);

const spec = fc
  .tuple(fc.option(fc.oneof(identifier, fc.constant('.')), { nil: undefined }), inlineGap, pathLiteral)
  .map(([alias, gap, { p, literal }]) => ({ text: `${alias === undefined ? '' : `${alias}${alias === '.' ? gap : ` ${gap}`}`}${literal}`, path: p }));

const singleDecl = fc.tuple(anyGap, spec, terminator).map(([gap, s, end]) => ({ text: `import ${gap}${s.text}${end}`, paths: [s.path] }));

const groupDecl = fc
  .tuple(anyGap, anyGap, fc.array(fc.tuple(spec, terminator, anyGap), { maxLength: 4 }), fc.boolean(), inlineGap, terminator)
  .map(([gap1, gap2, specs, dropLastSemi, beforeParen, end]) => {
    const body = specs.map(([s, term, gap], i) => `${s.text}${dropLastSemi && i === specs.length - 1 ? '' : term}${gap}`).join('');
    return { text: `import${gap1}(${gap2}${body}${beforeParen})${end}`, paths: specs.map(([s]) => s.path) };
  });

const preamble = fc.constantFrom('', '\ufeff', '// Copyright\n\n', '//go:build linux\n\n', '/* doc */\n', '\ufeff// +build !cgo\n\n');
const body = fc.constantFrom('', 'func f() string { return "import \\"q.com/x\\"" }\n', 'var x = 1\nimport "late.com/y"\n', 'type T struct{}\n');

export const goFile: fc.Arbitrary<GeneratedFile> = fc
  .tuple(
    preamble,
    anyGap,
    identifier.filter((id) => id !== '_'),
    terminator,
    fc.array(fc.tuple(fc.oneof(singleDecl, groupDecl), anyGap), { maxLength: 4 }),
    body,
  )
  .map(([pre, gap, name, term, decls, rest]) => ({
    src: `${pre}package ${gap}${name}${term}${decls.map(([d, g]) => `${d.text}${g}`).join('')}${rest}`,
    imports: decls.flatMap(([d]) => d.paths),
  }));

/** Fragments of Go, valid and not, to be strung together: what trips a scanner up. */
const FRAGMENTS = [
  ...['package', 'p', 'import', 'import', '(', ')', '"a/b"', '"x.com/y"', '`r/s`', '`a\r\nb`', '.', '_', 'x', ';', '\n', '\n', ' ', '\t', '\r'],
  ...['//c\n', '/*c*/', '/*\n*/', '/*', '*/', 'func', 'var', "'x'", "'", "'ab'", "'\\400'", '1', '0x1p', '0x', '1e', '1__2', '0o8', '08.5', '.5', '...'],
  ...['"\\x41"', '"\\101"', '"\\u00e9"', '"\\U0001F600"', '"\\ud800"', '"\\z"', '"a b"', '"a\\"b"', '"', '`', '}', '{', ',', '@', '$', '\x7f', '\f'],
  ...['é', '€', '\ufeff', '\0', '"C"', '"a/./b"', '"./x"', '"\\xff"', '"a\\tb"', '"!"', '"a:b"', '"\\u00a0"', '"\\u0301"', '&^=', '<-'],
];

const INVALID_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80]].map((bytes) => Buffer.from(bytes));

/** Go-like token soup after a package clause (or not), with stray invalid UTF-8 bytes. */
export const goTokenSoup = fc
  .tuple(
    fc.constantFrom('package p\n', 'package p;', '\ufeffpackage p\n', '// c\npackage p\nimport (\n', ''),
    fc.array(
      fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...FRAGMENTS).map((text) => Buffer.from(text, 'utf8')) },
        { weight: 1, arbitrary: fc.constantFrom(...INVALID_UTF8) },
      ),
      { maxLength: 24 },
    ),
  )
  .map(([start, parts]) => Buffer.concat([Buffer.from(start, 'utf8'), ...parts]));

export const junk = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  goTokenSoup,
);

/** Longer than the compactor's blocks of newlines, so that runs are skipped a block at a time too. */
const LONG = 5000;

/** Stretches of white space and comments, long ones and ones Go rejects: what the compactor shrinks. */
const GAPS = [
  ...['\n'.repeat(LONG), `${'\n'.repeat(LONG)} `, ' '.repeat(LONG), '\t\r \n'.repeat(LONG / 4), `//${'ü'.repeat(LONG / 2)}\n`],
  ...[`/*${'x'.repeat(LONG)}*/`, `/*${'\n * é 例 **'.repeat(LONG / 10)}*/`, `/*${'*'.repeat(100)}/`, '/*\0*/', '//\ufeff\n', `/*${'a'.repeat(LONG)}\0*/`],
].map((text) => Buffer.from(text, 'utf8'));

const invalidComment = fc
  .tuple(fc.constantFrom('//', '/*'), fc.constantFrom(...INVALID_UTF8), fc.constantFrom('\n', '*/', ''))
  .map(([open, bytes, close]) => Buffer.concat([Buffer.from(open), bytes, Buffer.from(close)]));

/** Token soup with long and faulty stretches of white space and comments between the tokens. */
export const goGapSoup = fc
  .tuple(
    fc.constantFrom('package p\n', 'package p\nimport (\n', '\ufeffpackage p;', ''),
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS).map((text) => Buffer.from(text, 'utf8')) },
        { weight: 2, arbitrary: fc.constantFrom(...GAPS) },
        { weight: 1, arbitrary: invalidComment },
      ),
      { maxLength: 24 },
    ),
  )
  .map(([start, parts]) => Buffer.concat([Buffer.from(start, 'utf8'), ...parts]));

/** Well-formed files whose every newline stands in a long run of white space. */
export const goFileWithLongGaps: fc.Arbitrary<GeneratedFile> = goFile.map((file) => ({
  ...file,
  src: file.src.replaceAll('\n', `\n${' '.repeat(LONG)}\n`),
}));

/** Splits `bytes` at the given cut points (any order, duplicates allowed). */
export function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}
