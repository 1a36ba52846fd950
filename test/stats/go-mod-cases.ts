/**
 * go.mod texts and the module paths Tusk takes from them. The conformance test holds the Go
 * reference (modfile.ParseLax, or modfile.ModulePath for a file ParseLax rejects) to the same
 * answer, except where `goSays` records what it gives instead.
 */
export interface GoModCase {
  name: string;
  content: string;
  modules: string[];
  /** The reference's answer where it differs: ModulePath returns the rest of a malformed line. */
  goSays?: string;
}

export const goModCases: GoModCase[] = [
  { name: 'plain directive', content: 'module github.com/a/b\n\ngo 1.21\n', modules: ['github.com/a/b'] },
  { name: 'no final newline', content: 'module example.com/x', modules: ['example.com/x'] },
  { name: 'interpreted string', content: 'module "example.com/quoted"\n', modules: ['example.com/quoted'] },
  { name: 'interpreted string with escapes', content: 'module "example.com/\\x71uoted\\u002fv2"\n', modules: ['example.com/quoted/v2'] },
  { name: 'raw string', content: 'module `example.com/raw`\n', modules: ['example.com/raw'] },
  { name: 'trailing comment', content: 'module example.com/c // the module\n', modules: ['example.com/c'] },
  { name: 'comment glued to the path', content: 'module example.com/c//comment\n', modules: ['example.com/c'] },
  { name: 'comments and blank lines first', content: '// Deprecated: use v2.\n\n// another\nmodule example.com/d\n', modules: ['example.com/d'] },
  { name: 'block form', content: 'module (\n\texample.com/block // c\n)\n\ngo 1.20\n', modules: ['example.com/block'] },
  { name: 'block form with a comment on the paren line', content: 'module ( // c\n\t"example.com/qblock"\n)\n', modules: ['example.com/qblock'] },
  { name: 'CRLF line endings', content: 'module example.com/crlf\r\n\r\ngo 1.19\r\n', modules: ['example.com/crlf'] },
  { name: 'indented directive', content: '\t  module   example.com/ws  \n', modules: ['example.com/ws'] },
  {
    name: 'requires and replaces around it',
    content:
      'go 1.21\n\nrequire (\n\tgolang.org/x/net v0.1.0\n\tmodule v1.0.0 // a module named "module"\n)\n\nmodule example.com/late\n\nreplace example.com/a => ../a\n',
    modules: ['example.com/late'],
  },
  { name: 'a line in a require block is not a module', content: 'module example.com/m\nrequire (\n\tmodule v1.0.0\n)\n', modules: ['example.com/m'] },
  { name: 'empty file', content: '', modules: [] },
  { name: 'no module directive', content: 'go 1.21\n', modules: [] },
  { name: 'empty block', content: 'module ()\n', modules: [] },
  { name: 'directive with two arguments', content: 'module example.com/a example.com/b\n', modules: [], goSays: 'example.com/a example.com/b' },
  { name: 'directive without argument', content: 'module\n', modules: [] },
  { name: 'unterminated string', content: 'module "example.com/open\n', modules: [] },
  { name: 'JSON-only escape is not Go', content: 'module "example.com\\/x"\n', modules: [] },
  {
    name: 'parentheses within one line are not a block',
    content: 'module ( example.com/x )\ngo 1.21\nexample.com/y\n',
    modules: [],
    goSays: '( example.com/x )',
  },
  { name: 'the word module inside another directive', content: 'require module v1.0.0\n', modules: [] },
  {
    name: "repeated directive: both are the repository's own",
    content: 'module example.com/one\nmodule example.com/two\n',
    modules: ['example.com/one', 'example.com/two'],
    goSays: 'example.com/one',
  },
  { name: 'directive kept despite an error elsewhere', content: 'module example.com/kept\n\nthis is not go.mod syntax (\n', modules: ['example.com/kept'] },
];
