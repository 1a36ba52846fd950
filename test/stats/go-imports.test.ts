import { scanGoImports } from '../../src/stats/go-imports.js';
import { GoFileReader } from '../../src/stats/go-file-reader.js';
import { NeedMoreInput } from '../../src/stats/go-scan-errors.js';
import { importCases } from './import-cases.js';

function scan(src: string | Uint8Array): string[] | null {
  const result = scanGoImports(typeof src === 'string' ? Buffer.from(src, 'utf8') : src, true);
  if (result.status === 'more') throw new Error('a whole file must be decided');
  return result.status === 'ok' ? result.imports : null;
}

describe('scanGoImports on whole files (go/parser ImportsOnly)', () => {
  it.each(importCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(scan(c.src)).toEqual(c.imports);
  });

  it('reports why a file cannot be parsed', () => {
    expect(scanGoImports(Buffer.from('import "a"\n'), true)).toEqual({ status: 'error', reason: "expected 'package', found 'import'" });
    expect(scanGoImports(Buffer.from('package p\nimport "a b"\n'), true)).toEqual({ status: 'error', reason: 'invalid import path: "a b"' });
  });
});

describe('scanGoImports on a prefix of a file', () => {
  const file = 'package p\n\nimport (\n\t"fmt"\n\t"github.com/a/b"\n)\n\nfunc main() { fmt.Println(b.X) }\n';

  it('asks for more until the imports are over, then decides', () => {
    const end = file.indexOf('func') + 'func'.length;
    for (let n = 0; n <= end; n++) expect(scanGoImports(Buffer.from(file.slice(0, n)), false)).toEqual({ status: 'more' });
    expect(scanGoImports(Buffer.from(file.slice(0, end + 1)), false)).toEqual({ status: 'ok', imports: ['fmt', 'github.com/a/b'] });
  });

  it('decides an error as soon as it is certain', () => {
    expect(scanGoImports(Buffer.from('package p\nimport "a" "b"'), false)).toEqual({ status: 'error', reason: `expected ';', found '"b"'` });
    expect(scanGoImports(Buffer.from('import "a"'), false)).toEqual({ status: 'error', reason: "expected 'package', found 'import'" });
  });

  it('waits for the character after the last token, which go/parser decodes', () => {
    expect(scanGoImports(Buffer.from('package p\nimport "a"\n)'), false)).toEqual({ status: 'more' });
    expect(scanGoImports(Buffer.from('package p\nimport "a"\n)\n'), false)).toEqual({ status: 'ok', imports: ['a'] });
  });

  it('asks without capturing a stack: a scan fed a few bytes at a time asks once a chunk', () => {
    const limit = Error.stackTraceLimit;
    const asked = new NeedMoreInput();
    expect(asked).toBeInstanceOf(Error);
    expect(asked.stack).not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('other').stack).toMatch(/\n\s+at /);
  });

  it('waits for a whole byte order mark', () => {
    expect(scanGoImports(Buffer.from([0xef, 0xbb]), false)).toEqual({ status: 'more' });
  });
});

describe('GoFileReader', () => {
  it('counts lines and reads imports from chunks', () => {
    const reader = new GoFileReader();
    for (const part of ['pack', 'age p\nim', 'port "a', '"\nfunc f() {}\n', 'x\ny']) reader.add(Buffer.from(part));
    expect(reader.finish()).toEqual({ lines: 5, scan: { status: 'ok', imports: ['a'] } });
  });

  it('decides at the end of a file that ends inside the imports', () => {
    const reader = new GoFileReader();
    reader.add(Buffer.from('package p\nimport "a"'));
    expect(reader.finish()).toEqual({ lines: 2, scan: { status: 'ok', imports: ['a'] } });
  });

  it('treats an empty file as unparsed with no lines', () => {
    expect(new GoFileReader().finish()).toEqual({ lines: 0, scan: { status: 'error', reason: "expected 'package', found EOF" } });
  });
});
