/**
 * The common-form reader against the full scanner: wherever it decides, it must decide as the
 * full scanner does, on whole files and on every prefix; and it must decide nearly every real
 * file, or it speeds nothing up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scanCommonImports } from '../../src/stats/common-imports.js';
import { scanAllImports } from '../../src/stats/go-imports.js';
import { goFile, goTokenSoup, junk } from './go-arbitraries.js';
import { importCases } from './import-cases.js';

/**
 * The verdicts on which the two readers disagree, for `src` whole and for prefixes every `step`
 * bytes, up to the first prefix where both have settled on the whole file's verdict: a reader that
 * needs no more bytes gives the same answer to every longer prefix, which the prefix it settled on
 * shows.
 */
function disagreements(src: Uint8Array, step = 1): object[] {
  const found: object[] = [];
  const check = (bytes: Uint8Array, atEof: boolean): { common: string; full: string } => {
    const common = scanCommonImports(bytes, atEof);
    const full = scanAllImports(bytes, atEof);
    if (common !== undefined && JSON.stringify(common) !== JSON.stringify(full)) {
      found.push({ src: Buffer.from(bytes).toString('latin1'), atEof, common, full });
    }
    return { common: JSON.stringify(common ?? full), full: JSON.stringify(full) };
  };
  const whole = check(src, true);
  for (let n = 0; n <= src.length; n += step) {
    const prefix = check(src.subarray(0, n), false);
    if (prefix.full === whole.full && prefix.common === whole.common && !prefix.full.includes('"more"')) break;
  }
  return found;
}

/** Every `.go` file below `dir`, sorted. */
function goFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.go'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('the common-form import reader', () => {
  it('decides the usual shapes itself', () => {
    const file = Buffer.from('// Copyright\n\n//go:build linux\n\npackage p\n\nimport (\n\t"fmt"\n\tx "a.com/b" // why\n\t_ "embed"\n)\n\nfunc f() {}\n');
    expect(scanCommonImports(file, true)).toEqual({ status: 'ok', imports: ['fmt', 'a.com/b', 'embed'] });
    expect(scanCommonImports(file.subarray(0, 40), false)).toEqual({ status: 'more' });
    expect(scanCommonImports(Buffer.from('/* ünïcode © */ package p; import . "m"; type T int'), true)).toEqual({ status: 'ok', imports: ['m'] });
  });

  it('leaves escapes, raw strings, non-ASCII paths, a byte order mark and every error to the full scanner', () => {
    for (const src of [
      'package p\nimport "\\x41"\n',
      'package p\nimport `a`\n',
      'package p\nimport "é"\n',
      '\ufeffpackage p\n',
      'package p\nimport "a b"\n',
      'import "a"\n',
    ]) {
      expect(scanCommonImports(Buffer.from(src), true)).toBeUndefined();
    }
    expect(scanCommonImports(Buffer.from('package p // \0\n'), true)).toBeUndefined();
    expect(scanCommonImports(Buffer.from([...Buffer.from('package p /* '), 0xff, ...Buffer.from(' */\n')]), true)).toBeUndefined();
  });

  it('agrees with the full scanner on every hand-written case, whole and cut anywhere', () => {
    for (const c of importCases) {
      const src = typeof c.src === 'string' ? Buffer.from(c.src, 'utf8') : c.src;
      expect(disagreements(src)).toEqual([]);
    }
  });

  it('agrees with the full scanner on generated files and junk, whole and cut anywhere', () => {
    fc.assert(
      fc.property(goFile, ({ src }) => {
        expect(disagreements(Buffer.from(src, 'utf8'))).toEqual([]);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.oneof(junk, goTokenSoup), (bytes) => {
        expect(disagreements(bytes)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the full scanner on the Go standard library and decides at least 95% of its files', () => {
    const files = goFiles('/usr/share/go-1.19/src');
    expect(files.length).toBeGreaterThan(4000);
    let decided = 0;
    const found: object[] = [];
    for (const file of files) {
      const src = readFileSync(file);
      if (scanCommonImports(src, true) !== undefined) decided++;
      found.push(...disagreements(src, 61).map((d) => ({ file, ...d })));
    }
    expect(found.slice(0, 3)).toEqual([]);
    expect(decided / files.length).toBeGreaterThan(0.95);
  });
});
