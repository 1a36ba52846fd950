import { COMMENT_MAX_LENGTH, renderMarkdown } from '../../src/diff/markdown.js';
import { diffData } from '../../src/diff/model.js';
import { renderText } from '../../src/diff/text.js';
import { pendingRecord } from '../../src/stats/record.js';
import { context, failed, ok, side } from './fixtures.js';

const before = side([ok('acme/kept', 1, 100), ok('acme/gone', 2, 2000), ok('acme/grows', 10, 1000)]);
const after = side(
  [ok('acme/kept', 1, 100), ok('acme/new', 12, 4300), ok('acme/grows', 13, 1900), ok('acme/more', 0, 10), failed('acme/broken', 'repository not found')],
  [{ file: 'projects.txt', line: 7, text: 'gitlab.com/a/b' }],
);
const diff = diffData(before, after);

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(diff, context);

  it('opens with a headline of what changes, in numbers', () => {
    expect(markdown.split('\n\n').slice(0, 2)).toEqual([
      '### Tusk data diff',
      '**2 added, 1 removed, 1 changed** · deps +13 · lines +3,210 · 1 failed · 1 invalid line',
    ]);
  });

  it('names the base data commit and the compared commit by short SHA', () => {
    expect(markdown).toContain('Comparing `tusk/main` at `0123456` with `feature` at `fedcba9`.');
    const linked = renderMarkdown(diff, {
      ...context,
      repositoryUrl: 'https://github.com/o/r',
      head: { ...context.head, url: 'https://github.com/o/r/pull/3/commits/fedcba9' },
    });
    expect(linked).toContain(
      'at [`0123456`](https://github.com/o/r/commit/0123456789abcdef0123456789abcdef01234567) with `feature` at [`fedcba9`](https://github.com/o/r/pull/3/commits/fedcba9).',
    );
    const noBase = renderMarkdown(diff, { ...context, base: { label: 'tusk/main', dataCommit: null } });
    expect(noBase).toContain('Comparing `tusk/main` (no data yet) with');
  });

  it('tables added, removed and changed rows, old → new (delta)', () => {
    expect(markdown).toContain(
      [
        '| Status | Repository | Deps | Lines |',
        '|---|---|--:|--:|',
        '| added | acme\\/more | 0 | 10 |',
        '| added | acme\\/new | 12 | 4,300 |',
        '| removed | acme\\/gone | 2 | 2,000 |',
        '| changed | acme\\/grows | 10 → 13 (+3) | 1,000 → 1,900 (+900) |',
      ].join('\n'),
    );
  });

  it('gives the unchanged count and the totals before → after', () => {
    expect(markdown).toContain('1 repository unchanged. Totals: repositories 3 → 4 (+1) · deps 13 → 26 (+13) · lines 3,100 → 6,310 (+3,210).');
  });

  it('lists failed datums with their error, and invalid lines with file and line', () => {
    expect(markdown).toContain('**Failed (1)**');
    expect(markdown).toContain('- `acme/broken`: `repository not found`');
    expect(markdown).toContain('**Invalid lines (1)**');
    expect(markdown).toContain('- `projects.txt` line 7: `gitlab.com/a/b`');
  });

  it('says "No data changes" in a short body when nothing changes', () => {
    const same = renderMarkdown(diffData(before, before), context);
    expect(same).toBe(
      '### Tusk data diff\n\n**No data changes** · 3 repositories · deps 13 · lines 3,100\n\nComparing `tusk/main` at `0123456` with `feature` at `fedcba9`.\n',
    );
  });

  it('shows failures even when no row changes', () => {
    const onlyFailure = renderMarkdown(diffData(before, side([...before.records, failed('acme/x', 'too large')])), context);
    expect(onlyFailure).toContain('**No row changes** · 1 failed');
    expect(onlyFailure).not.toContain('| Status |');
  });

  it('lists pending datums with why they are pending, apart from failures', () => {
    const pending = renderMarkdown(diffData(before, side([...before.records, pendingRecord('acme/later')])), {
      ...context,
      pendingNote: 'the run reached its time budget; the next run continues, pending datums first.',
    });
    expect(pending).toContain('**No row changes** · 1 pending');
    expect(pending).toContain(
      '**Pending (1)**: not computed yet, so not in the results; the run reached its time budget; the next run continues, pending datums first.\n\n- `acme/later`',
    );
    expect(pending).not.toContain('**Failed');
    const text = renderText(diffData(before, side([...before.records, pendingRecord('acme/later')])), context);
    expect(text).toContain('Pending, not computed yet (1):\n  acme/later');
  });

  it('says how many rows changed because the stats engine changed rather than the source', () => {
    const was = side([{ ...ok('acme/e', 1, 100, 'c1'), engine: 1 }, ok('acme/kept', 1, 100)]);
    const now = side([{ ...ok('acme/e', 1, 120, 'c1'), engine: 2 }, ok('acme/kept', 1, 100)]);
    expect(renderMarkdown(diffData(was, now), context)).toContain('**1 changed** · deps 0 · lines +20 · 1 changed by a new stats engine, not the source');
  });

  it('lists repositories renamed on GitHub with the name to put in the input, even when no row changes', () => {
    const renamed = before.records.map((record) => ({ ...record, renamed: `${record.repo}-moved` }));
    const body = renderMarkdown(diffData(before, side(renamed)), context);
    expect(body).toContain('**No row changes** · 3 renamed on GitHub');
    expect(body).toContain(
      "**Renamed on GitHub (3)**: their stats are the new repository's; update the input to the new name.\n\n- `acme/gone` is now `acme/gone-moved`",
    );
    // A renamed list that does not fit is cut like the others.
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...ok(`owner/old-${i}`, 1, 1), renamed: `owner/new-${i}` }));
    const cut = renderMarkdown(diffData(side([]), side(many)), context, { maxLength: 20_000 });
    expect(cut.length).toBeLessThanOrEqual(20_000);
    const shown = cut.match(/^- `owner\/old-\d+` is now/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(cut).toContain(`…and ${(3000 - shown).toLocaleString('en-US')} more renamed repositories`);
  });

  it('folds rows beyond the first 25 into <details>', () => {
    const many = diffData(side([]), side(Array.from({ length: 30 }, (_, i) => ok(`acme/r${String(i).padStart(2, '0')}`, i, 1000 * i))));
    const folded = renderMarkdown(many, context);
    const [visible, rest] = folded.split('<details>');
    expect(visible!.match(/^\| added /gm)).toHaveLength(25);
    expect(rest).toMatch(/^\n<summary>5 more rows<\/summary>\n\n\| Status \|/);
    expect(rest!.match(/^\| added /gm)).toHaveLength(5);
    expect(rest).toContain('| added | acme\\/r29 | 29 | 29,000 |\n\n</details>\n');
    expect(folded).not.toContain('…and');
  });

  describe('fitting maxLength', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ok(`owner/repository-${i}`, i, i * 1234));
    const failures = Array.from({ length: 2000 }, (_, i) => failed(`owner/failed-${i}`, `error ${i}`));
    const big = diffData(side([]), side([...rows, ...failures]));

    it.each([2000, 10_000, 40_000])('cuts whole items to fit %d characters, and says how many are left out', (maxLength) => {
      const body = renderMarkdown(big, context, { maxLength });
      expect(body.length).toBeLessThanOrEqual(maxLength);
      const shownRows = body.match(/^\| added /gm)?.length ?? 0;
      const shownFailures = body.match(/^- `owner\/failed-/gm)?.length ?? 0;
      expect(body).toContain(`…and ${(2000 - shownRows).toLocaleString('en-US')} more rows (see the job summary for the full diff)`);
      expect(body).toContain(`…and ${(2000 - shownFailures).toLocaleString('en-US')} more failed repositories (see the job summary for the full diff)`);
      // Lists that are cut keep the same number of items, so one cannot crowd out the other.
      expect(shownRows).toBe(shownFailures);
      // Nothing cut mid-row, every fold closed.
      const tableLines = body.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('| Status |') && !line.startsWith('|---'));
      expect(tableLines.every((line) => /^\| added \| owner\\\/repository\\-\d+ \| [\d,]+ \| [\d,]+ \|$/.test(line))).toBe(true);
      expect(tableLines).toHaveLength(shownRows);
      expect(body.match(/<details>/g)?.length ?? 0).toBe(body.match(/<\/details>/g)?.length ?? 0);
    });

    it('uses as much of the room as it can', () => {
      const body = renderMarkdown(big, context, { maxLength: 40_000 });
      expect(body.length).toBeGreaterThan(40_000 - 200);
    });

    it('fits a comment by default, and says where the full diff is when told', () => {
      expect(renderMarkdown(big, context).length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
      expect(renderMarkdown(big, context, { fullDiffHint: 'run `tusk diff` for the full diff' })).toContain('more rows (run `tusk diff` for the full diff)');
    });

    it('falls back to the headline when not even the summary fits', () => {
      const long = '\u0001'.repeat(500);
      const body = renderMarkdown(big, { base: { label: long, dataCommit: null }, head: { label: long, commit: 'abc' } }, { maxLength: 2000 });
      expect(body).toBe(
        '### Tusk data diff\n\n**2,000 added** · deps +1,999,000 · lines +2,466,766,000 · 2,000 failed\n\nThe diff is too large to show here (see the job summary for the full diff).\n',
      );
    });

    it('refuses a maxLength too small for the headline', () => {
      expect(() => renderMarkdown(big, context, { maxLength: 100 })).toThrow(RangeError);
    });
  });
});
