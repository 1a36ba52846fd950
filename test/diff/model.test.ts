import { counts, diffData, isEmpty } from '../../src/diff/model.js';
import { applyDiff, failed, ok, resultRows, side } from './fixtures.js';
import { pendingRecord, type StatsRecord } from '../../src/stats/record.js';

describe('diffData', () => {
  const before = side([ok('acme/kept', 1, 10), ok('acme/gone', 2, 20), ok('acme/deps', 3, 30), ok('acme/lines', 4, 40), ok('acme/both', 5, 50)]);
  const after = side([ok('acme/both', 6, 45), ok('acme/lines', 4, 41), ok('acme/deps', 7, 30), ok('acme/kept', 1, 10), ok('acme/new', 8, 80)]);
  const diff = diffData(before, after);

  it('lists added and removed rows', () => {
    expect(diff.added).toEqual([{ repo: 'acme/new', deps: 8, lines: 80 }]);
    expect(diff.removed).toEqual([{ repo: 'acme/gone', deps: 2, lines: 20 }]);
  });

  it('lists changed rows with before, after and signed deltas: deps only, lines only, both', () => {
    expect(diff.changed).toEqual([
      { repo: 'acme/both', deps: { before: 5, after: 6, delta: 1 }, lines: { before: 50, after: 45, delta: -5 } },
      { repo: 'acme/deps', deps: { before: 3, after: 7, delta: 4 }, lines: { before: 30, after: 30, delta: 0 } },
      { repo: 'acme/lines', deps: { before: 4, after: 4, delta: 0 }, lines: { before: 40, after: 41, delta: 1 } },
    ]);
    expect(diff.unchanged).toBe(1);
    expect(counts(diff)).toEqual({ added: 1, removed: 1, changed: 3 });
  });

  it('sums the totals of each side', () => {
    expect(diff.totals).toEqual({ before: { repositories: 5, deps: 15, lines: 150 }, after: { repositories: 5, deps: 26, lines: 206 } });
  });

  it('treats a case-only rename as the same row, and shows the new spelling when it changed', () => {
    const renamed = diffData(side([ok('Acme/Same', 1, 1), ok('acme/moved', 1, 1)]), side([ok('acme/same', 1, 1), ok('ACME/Moved', 2, 1)]));
    expect(renamed.added).toEqual([]);
    expect(renamed.removed).toEqual([]);
    expect(renamed.unchanged).toBe(1);
    expect(renamed.changed.map((c) => c.repo)).toEqual(['ACME/Moved']);
  });

  it('leaves failed records out of the rows and lists the after side’s as failed', () => {
    const d = diffData(
      side([ok('acme/a', 1, 1), failed('acme/old-failure', 'gone')]),
      side([failed('acme/a', 'not found'), failed('acme/b', 'too large'), ok('acme/c', 1, 1)]),
    );
    expect(d.removed).toEqual([{ repo: 'acme/a', deps: 1, lines: 1 }]);
    expect(d.added).toEqual([{ repo: 'acme/c', deps: 1, lines: 1 }]);
    expect(d.failed).toEqual([
      { repo: 'acme/a', error: 'not found' },
      { repo: 'acme/b', error: 'too large' },
    ]);
    expect(d.totals.after).toEqual({ repositories: 1, deps: 1, lines: 1 });
  });

  it('counts the changed rows whose source commit did not move and whose engine did: the engine changed those', () => {
    const older = (record: StatsRecord): StatsRecord => ({ ...record, engine: 7 });
    const before = side([older(ok('acme/a', 1, 10, 'same')), older(ok('acme/b', 1, 10, 'old')), ok('acme/c', 1, 10, 'same')]);
    const after = side([ok('acme/a', 2, 10, 'same'), ok('acme/b', 2, 10, 'new'), ok('acme/c', 3, 10, 'same')]);
    const d = diffData(before, after);
    expect(d.changed.map((row) => row.repo)).toEqual(['acme/a', 'acme/b', 'acme/c']);
    // acme/b's source moved; acme/c's engine did not (whatever changed it, it was not the engine).
    expect(d.engineChanged).toBe(1);
  });

  it('lists the after side’s pending datums apart: neither rows, nor failures, nor a row removed', () => {
    const d = diffData(side([ok('acme/a', 1, 1), ok('acme/b', 2, 2)]), side([pendingRecord('acme/a'), pendingRecord('acme/new'), ok('acme/b', 2, 2)]));
    expect(d.pending).toEqual(['acme/a', 'acme/new']);
    expect(d.removed).toEqual([]);
    expect(d.added).toEqual([]);
    expect(d.failed).toEqual([]);
    expect(d.unchanged).toBe(1);
    expect(d.totals.after).toEqual({ repositories: 1, deps: 2, lines: 2 });
    expect(isEmpty(d)).toBe(false);
  });

  it('reports the after side’s invalid lines, by file and line', () => {
    const invalid = [
      { file: 'z.txt', line: 1, text: 'x' },
      { file: 'a.txt', line: 9, text: 'y' },
      { file: 'a.txt', line: 2, text: 'z' },
    ];
    const d = diffData(side([], [{ file: 'base.txt', line: 1, text: 'ignored' }]), side([], invalid));
    expect(d.invalid.map((l) => `${l.file}:${l.line}`)).toEqual(['a.txt:2', 'a.txt:9', 'z.txt:1']);
  });

  it('orders every list by name, case-insensitively, whatever the input order', () => {
    const records = [ok('b/x', 1, 1), ok('A/y', 1, 1), ok('a/X', 1, 1), failed('C/z', 'e'), failed('c/a', 'e')];
    const d = diffData(side([]), side(records));
    expect(d.added.map((r) => r.repo)).toEqual(['a/X', 'A/y', 'b/x']);
    expect(d.failed.map((r) => r.repo)).toEqual(['c/a', 'C/z']);
    const base = [ok('b/x', 2, 1), ok('d/q', 1, 1), ok('a/x', 1, 1)];
    expect(diffData(side([...base].reverse()), side([...records].reverse()))).toEqual(diffData(side(base), side(records)));
  });

  it('keeps the first record of a repository named twice', () => {
    expect(diffData(side([]), side([ok('acme/a', 1, 1), ok('ACME/A', 2, 2)])).added).toEqual([{ repo: 'acme/a', deps: 1, lines: 1 }]);
  });

  it('refuses a record with neither an error nor numbers', () => {
    const broken = { ...ok('acme/a', 1, 1), deps: null };
    expect(() => diffData(side([]), side([broken]))).toThrow('acme/a');
  });
});

describe('isEmpty', () => {
  it('is true only when no data changes', () => {
    const same = side([ok('acme/a', 1, 1)]);
    expect(isEmpty(diffData(same, same))).toBe(true);
    expect(isEmpty(diffData(side([]), side([])))).toBe(true);
    expect(isEmpty(diffData(same, side([ok('acme/a', 1, 2)])))).toBe(false);
    expect(isEmpty(diffData(same, side([...same.records, failed('acme/b', 'e')])))).toBe(false);
    expect(isEmpty(diffData(same, side(same.records, [{ file: 'p.txt', line: 1, text: 'x' }])))).toBe(false);
  });
});

describe('applyDiff', () => {
  it('rebuilds the after side’s rows', () => {
    const before = side([ok('acme/a', 1, 1), ok('acme/b', 2, 2), ok('acme/c', 3, 3)]);
    const after = side([ok('acme/b', 2, 5), ok('acme/c', 3, 3), ok('acme/d', 4, 4)]);
    expect(applyDiff(resultRows(before.records), diffData(before, after))).toEqual(resultRows(after.records));
  });
});
