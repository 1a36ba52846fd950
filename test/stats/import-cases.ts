/**
 * Go files with the imports go/parser (ImportsOnly) finds in them, or `null` where it reports an
 * error. The unit tests hold the scanner to these; the conformance test holds go/parser to them.
 */
export interface ImportCase {
  name: string;
  src: string | Uint8Array;
  imports: string[] | null;
}

const BOM = '\ufeff';

function bytes(...parts: (string | number[])[]): Uint8Array {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));
}

export const importCases: ImportCase[] = [
  // Forms of import declarations.
  { name: 'single import', src: 'package p\n\nimport "fmt"\n', imports: ['fmt'] },
  { name: 'no imports', src: 'package p\n\nfunc main() {}\n', imports: [] },
  { name: 'package clause only, no final newline', src: 'package p', imports: [] },
  {
    name: 'grouped imports with aliases, dot and blank',
    src: 'package p\n\nimport (\n\t"fmt"\n\tstr "strings"\n\t. "math"\n\t_ "embed"\n\tx "github.com/a/b"\n)\n',
    imports: ['fmt', 'strings', 'math', 'embed', 'github.com/a/b'],
  },
  { name: 'alias written next to the path', src: 'package p\nimport x"a.b/c"\nimport ."d.e/f"\n', imports: ['a.b/c', 'd.e/f'] },
  { name: 'one-line group', src: 'package p\nimport ( "a"; "b" )\n', imports: ['a', 'b'] },
  { name: 'empty group', src: 'package p\nimport ()\nfunc f() {}\n', imports: [] },
  {
    name: 'several import declarations',
    src: 'package p\nimport "a"\nimport (\n"b"\n)\nimport c "c"\n',
    imports: ['a', 'b', 'c'],
  },
  {
    name: 'explicit semicolons on one line',
    src: 'package p; import "a"; import ("b"; "c";); func f() { _ = 1 }',
    imports: ['a', 'b', 'c'],
  },
  { name: 'duplicates kept in order', src: 'package p\nimport "a"\nimport b "a"\n', imports: ['a', 'a'] },
  { name: 'raw string paths', src: 'package p\nimport (\n`github.com/x/y`\nz `a.b/c`\n)\n', imports: ['github.com/x/y', 'a.b/c'] },
  {
    name: 'escapes in interpreted strings',
    src: 'package p\nimport (\n"\\x66mt"\n"\\u0073trings"\n"\\U00000062ytes"\n"\\151o"\n"github.com\\x2fa\\u002fb"\n"\\u00e9t\\u00e9.com/x"\n)\n',
    imports: ['fmt', 'strings', 'bytes', 'io', 'github.com/a/b', 'été.com/x'],
  },
  { name: 'escaped quote makes an invalid path', src: 'package p\nimport "a\\"b"\n', imports: null },
  { name: 'non-ASCII path', src: 'package p\nimport "例え.jp/パッケージ"\n', imports: ['例え.jp/パッケージ'] },
  { name: 'CRLF line endings', src: 'package p\r\n\r\nimport (\r\n\t"a"\r\n\t"b"\r\n)\r\n', imports: ['a', 'b'] },
  { name: 'carriage return dropped from a raw path', src: 'package p\nimport `a\r.b/c`\n', imports: ['a.b/c'] },

  // Comments and white space anywhere.
  {
    name: 'comments between every token',
    src: '/* a */ package /* b */ p /* c */ // d\n// e\nimport /* f */ ( /* g */ "a" /* h */ ; /* i */ x /* j */ "b" // k\n/* l */ ) /* m */\n',
    imports: ['a', 'b'],
  },
  { name: 'block comment spanning lines between import and (', src: 'package p\nimport /* one\ntwo */ (\n"a"\n)\n', imports: ['a'] },
  { name: 'block comment with a newline ends a spec', src: 'package p\nimport (\n"a" /*\n*/ "b"\n)\n', imports: ['a', 'b'] },
  { name: 'block comment without a newline does not end a spec', src: 'package p\nimport (\n"a" /* */ "b"\n)\n', imports: null },
  { name: 'block comment then line end', src: 'package p\nimport "a" /* c */\nimport "b" /* c */ // d\n', imports: ['a', 'b'] },
  { name: 'comment at end of file', src: 'package p\nimport "a" // c', imports: ['a'] },
  { name: 'byte order mark', src: `${BOM}package p\nimport "a"\n`, imports: ['a'] },
  {
    name: 'package clause after comments and build constraints',
    src: '// Copyright 2024\n\n//go:build linux && !cgo\n// +build linux,!cgo\n\n/*\nPackage p does things.\n*/\npackage p\n\nimport "a"\n',
    imports: ['a'],
  },
  {
    name: 'cgo import with a preamble',
    src: 'package p\n\n/*\n#include <stdio.h>\n#cgo LDFLAGS: -lm\n*/\nimport "C"\n\nimport "unsafe"\n',
    imports: ['C', 'unsafe'],
  },
  { name: 'tabs, spaces and blank lines', src: '\n\n\tpackage\tp\n\n\n\timport\t(\t\n\n\t\t"a"\t\n\n\t)\t\n', imports: ['a'] },

  // Where reading stops.
  { name: 'stops at the first other declaration', src: 'package p\nimport "a"\nvar x = 1\nimport "b"\n', imports: ['a'] },
  {
    name: 'import-like strings in function bodies never count',
    src: 'package p\nimport "a"\nfunc f() string { return `\nimport "b"\n` + "import \\"c\\"" }\n',
    imports: ['a'],
  },
  {
    name: 'errors past the stopping point are not read',
    src: bytes('package p\nimport "a"\nfunc f() { x := "unterminated\n\xff', [0xff, 0], '\n'),
    imports: ['a'],
  },
  { name: 'a closing brace ends the imports without a semicolon', src: 'package p\nimport "a" }', imports: ['a'] },
  { name: 'closing paren right after the package name', src: 'package p )', imports: [] },

  // Errors.
  { name: 'empty file', src: '', imports: null },
  { name: 'only comments', src: '// nothing here\n', imports: null },
  { name: 'no package clause', src: 'import "a"\n', imports: null },
  { name: 'package name missing', src: 'package\nimport "a"\n', imports: null },
  { name: 'keyword as package name', src: 'package func\n', imports: null },
  { name: 'two package names', src: 'package p q\n', imports: null },
  { name: 'unterminated string', src: 'package p\nimport "a\n', imports: null },
  { name: 'string ending at end of file', src: 'package p\nimport "a', imports: null },
  { name: 'unterminated raw string', src: 'package p\nimport `a\n', imports: null },
  { name: 'unterminated block comment before the imports', src: 'package p\n/* import "a"\n', imports: null },
  { name: 'unterminated block comment after the imports', src: 'package p\nimport "a"\n/* x', imports: null },
  { name: 'two paths on one line', src: 'package p\nimport "a" "b"\n', imports: null },
  { name: 'missing path', src: 'package p\nimport x\n', imports: null },
  { name: 'missing path in a group', src: 'package p\nimport (\nx\n)\n', imports: null },
  { name: 'keyword as alias', src: 'package p\nimport func "a"\n', imports: null },
  { name: 'comma after a path', src: 'package p\nimport "a",\n', imports: null },
  { name: 'unclosed group', src: 'package p\nimport (\n"a"\n', imports: null },
  { name: 'number as path', src: 'package p\nimport 1\n', imports: null },
  { name: 'path with a space', src: 'package p\nimport "a b"\n', imports: null },
  { name: 'path with an illegal character', src: 'package p\nimport "a!b"\n', imports: null },
  { name: 'path with a backslash escape of a tab', src: 'package p\nimport "a\\tb"\n', imports: null },
  { name: 'empty path', src: 'package p\nimport ""\n', imports: null },
  { name: 'path that starts with a byte order mark', src: 'package p\nimport "\\uFEFFa.b/c"\n', imports: null },
  { name: 'path that is not UTF-8', src: 'package p\nimport "a\\xffb"\n', imports: null },
  { name: 'path with an escaped NUL', src: 'package p\nimport "a\\x00"\n', imports: null },
  { name: 'unknown escape', src: 'package p\nimport "\\q"\n', imports: null },
  { name: 'octal escape too large', src: 'package p\nimport "\\400"\n', imports: null },
  { name: 'surrogate escape', src: 'package p\nimport "\\ud800"\n', imports: null },
  { name: 'short hex escape', src: 'package p\nimport "\\x4"\n', imports: null },
  { name: 'NUL byte before the imports', src: bytes('package p\n', [0], '\nimport "a"\n'), imports: null },
  { name: 'NUL byte in a comment before the imports', src: bytes('// a', [0], '\npackage p\n'), imports: null },
  { name: 'NUL byte in a path', src: bytes('package p\nimport "a', [0], 'b"\n'), imports: null },
  { name: 'invalid UTF-8 in a comment before the package clause', src: bytes('// caf', [0xe9], '\npackage p\n'), imports: null },
  { name: 'invalid UTF-8 in a block comment in the imports', src: bytes('package p\nimport (\n/* ', [0xc3, 0x28], ' */\n"a"\n)\n'), imports: null },
  { name: 'invalid UTF-8 in a path', src: bytes('package p\nimport "a', [0xff], '"\n'), imports: null },
  { name: 'invalid UTF-8 right after the last token read', src: bytes('package p\nimport "a"\nfunc', [0xff], '\n'), imports: null },
  { name: 'NUL right after the last token read', src: bytes('package p\nimport "a"\n)', [0], '\n'), imports: null },
  { name: 'NUL right after the keyword that ends the imports', src: bytes('package p\nimport "a"\nfunc', [0], '\n'), imports: null },
  { name: 'a group needs a semicolon after its closing paren', src: 'package p\nimport ("a") func f() {}\n', imports: null },
  { name: 'byte order mark past the start', src: `package p\n${BOM}import "a"\n`, imports: null },
  { name: 'illegal character', src: 'package p\nimport "a"\n@\n', imports: null },
  { name: 'DEL character', src: 'package p\n\x7f\n', imports: null },
  { name: 'malformed number after the imports', src: 'package p\nimport "a"\n0x\n', imports: null },
  { name: 'malformed exponent after the package clause', src: 'package p\n1e+\n', imports: null },
  { name: 'bad digit separator', src: 'package p\n1__0\n', imports: null },
  { name: 'rune literal with two characters', src: "package p\n'ab'\n", imports: null },
  { name: 'unterminated rune literal', src: "package p\n'a\n", imports: null },
  { name: 'valid rune and number literals end the imports', src: 'package p\nimport "a"\n\'\\n\' 0x1p-2 08.5 0o17 1_000i\n', imports: ['a'] },
  { name: 'operators end the imports', src: 'package p\nimport "a"\n&^= <<= ...\n', imports: ['a'] },
];
