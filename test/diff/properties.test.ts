import fc from 'fast-check';
import { renderJson } from '../../src/diff/json.js';
import { diffBodies, renderMarkdown } from '../../src/diff/markdown.js';
import { diffData, type DataSide, type Row } from '../../src/diff/model.js';
import { applyDiff, resultRows } from './fixtures.js';
import { renderText } from '../../src/diff/text.js';
import { nameKey } from '../../src/names/repo-name.js';
import type { StatsRecord } from '../../src/stats/record.js';
import { context, failed, ok } from './fixtures.js';
import { count, gfm, inner } from './gfm.js';

/** Few names, in several spellings each, so that sides overlap and renames happen. */
const name = fc
  .tuple(fc.constantFrom('acme', 'Acme', 'ACME', 'go', 'Go'), fc.constantFrom('x', 'X', 'tool', 'Tool', 'lib', 'LIB'))
  .map(([o, r]) => `${o}/${r}`);
const record: fc.Arbitrary<StatsRecord> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(name, fc.nat(5), fc.nat(3)).map(([n, deps, lines]) => ok(n, deps, lines * 1000)) },
  { weight: 1, arbitrary: fc.tuple(name, fc.string()).map(([n, error]) => failed(n, error)) },
);
/** A data commit has one record a repository. */
const records = fc.uniqueArray(record, { selector: (r) => nameKey(r.repo), maxLength: 30 });
const invalidLines = fc.array(fc.record({ file: fc.string(), line: fc.integer({ min: 1, max: 10_000 }), text: fc.string() }), { maxLength: 5 });
const dataSide: fc.Arbitrary<DataSide> = fc.record({ records, invalid: invalidLines });

const caseless = (rows: Row[]) => rows.map((r) => ({ ...r, repo: nameKey(r.repo) }));

describe('the diff model', () => {
  it('turns the before side’s rows into the after side’s', () => {
    fc.assert(
      fc.property(dataSide, dataSide, (a, b) => {
        const diff = diffData(a, b);
        expect(caseless(applyDiff(resultRows(a.records), diff))).toEqual(caseless(resultRows(b.records)));
        // Rows that are new or changed carry the after side's spelling.
        const spellings = new Set(resultRows(b.records).map((r) => r.repo));
        for (const row of [...diff.added, ...diff.changed]) expect(spellings.has(row.repo)).toBe(true);
      }),
    );
  });

  it('accounts for every row and every number', () => {
    fc.assert(
      fc.property(dataSide, dataSide, (a, b) => {
        const diff = diffData(a, b);
        const { before, after } = diff.totals;
        expect(diff.added.length + diff.changed.length + diff.unchanged).toBe(resultRows(b.records).length);
        expect(diff.removed.length + diff.changed.length + diff.unchanged).toBe(resultRows(a.records).length);
        expect([before.repositories, after.repositories]).toEqual([resultRows(a.records).length, resultRows(b.records).length]);
        const sum = (rows: Row[], key: 'deps' | 'lines') => rows.reduce((s, r) => s + r[key], 0);
        for (const key of ['deps', 'lines'] as const) {
          const moved = sum(diff.added, key) - sum(diff.removed, key) + diff.changed.reduce((s, c) => s + c[key].delta, 0);
          expect(after[key] - before[key]).toBe(moved);
        }
        expect(diff.failed.length).toBe(b.records.filter((r) => r.error !== null).length);
      }),
    );
  });

  it('does not depend on the order of its input', () => {
    const shuffled = (side: DataSide) =>
      fc.record({
        records: fc.shuffledSubarray(side.records, { minLength: side.records.length }),
        invalid: fc.shuffledSubarray(side.invalid, { minLength: side.invalid.length }),
      });
    const sides = fc.tuple(dataSide, dataSide).chain(([a, b]) => fc.tuple(fc.constant([a, b] as const), shuffled(a), shuffled(b)));
    fc.assert(fc.property(sides, ([[a, b], a2, b2]) => expect(diffData(a2, b2)).toEqual(diffData(a, b))));
  });
});

describe('rendering', () => {
  it('never throws, and the markdown always fits', () => {
    fc.assert(
      fc.property(dataSide, dataSide, fc.integer({ min: 2000, max: 70_000 }), fc.string(), fc.string(), (a, b, maxLength, baseLabel, headLabel) => {
        const diff = diffData(a, b);
        const labelled = { base: { ...context.base, label: baseLabel }, head: { ...context.head, label: headLabel } };
        expect(renderMarkdown(diff, labelled, { maxLength }).length).toBeLessThanOrEqual(maxLength);
        expect(renderText(diff, labelled)).toMatch(/\n$/);
        expect(JSON.parse(renderJson(diff))).toEqual(diff);
      }),
    );
  });

  it('cuts long diffs at whole rows, says how many are left out, and stays well-formed', () => {
    const manyRows = fc.integer({ min: 0, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => ok(`owner/repo-${i}`, i, i * 37)));
    const problems = fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), { maxLength: 200 });
    fc.assert(
      fc.property(manyRows, problems, fc.integer({ min: 2000, max: 70_000 }), (rows, bad, maxLength) => {
        const after = {
          records: [...rows, ...bad.map(([error], i) => failed(`owner/failed-${i}`, error))],
          invalid: bad.map(([file, text], i) => ({ file, line: i + 1, text })),
        };
        const markdown = renderMarkdown(diffData({ records: [], invalid: [] }, after), context, { maxLength });
        expect(markdown.length).toBeLessThanOrEqual(maxLength);
        const html = gfm(markdown);
        expect(count(html, /<details>/)).toBe(count(html, /<\/details>/));
        expect(count(html, /<table>/)).toBe(count(html, /<\/table>/));
        const shownRows = inner(html, 'tbody').reduce((n, body) => n + count(body, /<tr>/), 0);
        const left = Number(/…and ([\d,]+) more rows?/.exec(markdown)?.[1]?.replace(/,/g, '') ?? 0);
        expect(shownRows + left).toBe(rows.length);
        expect(count(html, /<td[ >]/)).toBe(4 * shownRows);
      }),
      { numRuns: 40 },
    );
  });
});

describe('fitting a length limit', () => {
  /** Many distinct names of varied lengths, so that lists are long and items differ in size. */
  const many = (prefix: string, make: (name: string, i: number) => StatsRecord) =>
    fc
      .array(fc.tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), fc.nat(100_000)), { maxLength: 60 })
      .map((items) => items.map(([text, n], i) => make(`${prefix}/r${i}-${encodeURIComponent(text).slice(0, 40)}`, n)));
  const rows = many('ok', (name, n) => ok(name, n % 40, n));
  const failures = many('bad', (name, n) => failed(name, `error ${'x'.repeat(n % 90)}`));
  const lines = fc.array(fc.record({ file: fc.string(), line: fc.integer({ min: 1, max: 10_000 }), text: fc.string({ maxLength: 80 }) }), { maxLength: 40 });

  it('keeps the most items a list that fit, as a search of every cap finds', () => {
    fc.assert(
      fc.property(rows, failures, lines, fc.integer({ min: 400, max: 9_000 }), (okRecords, failedRecords, invalid, maxLength) => {
        const diff = diffData({ records: [], invalid: [] }, { records: [...okRecords, ...failedRecords], invalid });
        const longest = Math.max(diff.added.length, diff.failed.length, diff.invalid.length);
        const { render } = diffBodies(diff, context);
        const bodies = Array.from({ length: longest + 1 }, (_, cap) => render(cap));
        if (bodies[0]!.length > maxLength) return; // only the headline fits: tested in markdown.test.ts
        // Not always a prefix: a list shown whole loses its "…and N more" line, which can be the longer.
        let best = longest;
        while (bodies[best]!.length > maxLength) best -= 1;
        expect(renderMarkdown(diff, context, { maxLength })).toBe(bodies[best]);
      }),
      { numRuns: 300 },
    );
  });
});
