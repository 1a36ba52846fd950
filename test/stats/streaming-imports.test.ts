/**
 * The bounded import scan against the whole-file scanner: forced on from a file's first byte and
 * fed in any chunks, it must give the same verdict (Go's), the same reason and the same import
 * paths; and it must hold no more than a token of any file.
 */
import fc from 'fast-check';
import { GoFileReader, WHOLE_PREFIX_BYTES } from '../../src/stats/go-file-reader.js';
import { scanAllImports, scanGoImports, type ImportScan } from '../../src/stats/go-imports.js';
import { LimitExceeded, MAX_IMPORT_PATHS, MAX_TOKEN_BYTES } from '../../src/stats/limits.js';
import { StreamingImportScan } from '../../src/stats/streaming-imports.js';
import { goFile, goFileWithLongGaps, goGapSoup, goTokenSoup, junk, split } from './go-arbitraries.js';

const RUNS = { numRuns: 300 };

function inChunksOf(bytes: Buffer, size: number): Buffer[] {
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
}

function streamed(chunks: Iterable<Uint8Array>): ImportScan {
  const scan = new StreamingImportScan();
  for (const chunk of chunks) if (scan.add(chunk)) break;
  return scan.finish();
}

/** scanAllImports on the whole file, each import path once, as the bounded scan gives them. */
function wholeFile(bytes: Uint8Array): ImportScan {
  const scan = scanAllImports(bytes, true);
  return scan.status === 'ok' ? { status: 'ok', imports: [...new Set(scan.imports)] } : scan;
}

describe('the bounded import scan, from byte 0, in any chunks', () => {
  it.each([
    ['well-formed files', goFile.map((f) => Buffer.from(f.src, 'utf8'))],
    ['well-formed files with long runs of white space', goFileWithLongGaps.map((f) => Buffer.from(f.src, 'utf8'))],
    ['Go token soup', goTokenSoup],
    ['token soup with long and faulty comments', goGapSoup],
    ['random bytes', junk],
  ] as const)('gives scanAllImports verdict, reason and imports on %s', (_name, files) => {
    fc.assert(
      fc.property(files, fc.array(fc.nat(), { maxLength: 12 }), (bytes, cuts) => {
        const buffer = Buffer.from(bytes);
        expect(streamed(split(buffer, cuts))).toEqual(wholeFile(buffer));
      }),
      RUNS,
    );
  });

  it('reads import sections of any length: 30,000 specs, some repeated, through every resume point', () => {
    const paths = Array.from({ length: 30_000 }, (_, i) => `example.com/p${i % 25_000}`);
    const src = Buffer.from(
      `package big\n\nimport (\n${paths.map((p, i) => `\t${i % 3 === 0 ? 'x ' : ''}"${p}"\n`).join('')})\nimport "last.com/x"\n\nfunc f() {}\n`,
    );
    const expected = { status: 'ok', imports: [...new Set([...paths, 'last.com/x'])] };
    for (const size of [1 << 20, 7]) expect(streamed(inChunksOf(src, size))).toEqual(expected);
  });

  it('is a limit, whatever the chunks, when a token runs past MAX_TOKEN_BYTES; a token just within it is read', () => {
    const path = (length: number) => Buffer.from(`package p\nimport "example.com/${'a'.repeat(length)}"\n`);
    const tooLong = path(MAX_TOKEN_BYTES);
    for (const size of [tooLong.length, 1 << 20, 1000]) {
      expect(() => streamed(inChunksOf(tooLong, size))).toThrow(
        new LimitExceeded(`a token of more than ${MAX_TOKEN_BYTES} bytes in the package clause or imports (the limit for one token)`),
      );
    }
    const within = path(MAX_TOKEN_BYTES - 100);
    const expected = { status: 'ok', imports: [`example.com/${'a'.repeat(MAX_TOKEN_BYTES - 100)}`] };
    for (const size of [within.length, 1000]) expect(streamed(inChunksOf(within, size))).toEqual(expected);
  });

  it('is a limit when one file imports more distinct paths than a repository may', () => {
    const specs = Array.from({ length: MAX_IMPORT_PATHS + 1 }, (_, i) => `"x.com/${i}"\n`).join('');
    const src = Buffer.from(`package p\nimport (\n${specs})\n`);
    expect(() => streamed(inChunksOf(src, 1 << 20))).toThrow(`more than ${MAX_IMPORT_PATHS} distinct import paths (the limit for one repository)`);
  });
});

describe('GoFileReader past its whole prefix', () => {
  it('streams an undecided file past WHOLE_PREFIX_BYTES, with scanGoImports verdict', () => {
    const licence = `/*\n${' * Licensed under the terms of a long licence.\n'.repeat(3000)}*/\n`;
    const files = [
      `${licence}package p\n\nimport (\n\t"fmt"\n\t"example.com/a"\n)\n\nfunc main() { fmt.Println() }\n`,
      `${licence}package p\n\nimport "example.com/a"\nimport "example.com/a"\n`, // decided at the end of the file
      `${licence}package p\nimport "a\\zb"\n`, // an error
      `package p\n\nimport (\n${'\t"example.com/dep"\n'.repeat(5000)})\n\nvar x = 1\n`, // a long import section
    ].map((src) => Buffer.from(src));
    for (const src of files) {
      expect(src.length).toBeGreaterThan(WHOLE_PREFIX_BYTES);
      const whole = scanGoImports(src, true);
      const expected = whole.status === 'ok' ? { status: 'ok', imports: [...new Set(whole.imports)] } : whole;
      for (const size of [src.length, 1 << 16, 4096, 333]) {
        const reader = new GoFileReader();
        for (const chunk of inChunksOf(src, size)) reader.add(chunk);
        expect(reader.finish().scan).toEqual(expected);
      }
      expect(GoFileReader.read(src).scan).toEqual(expected);
    }
  });
});
