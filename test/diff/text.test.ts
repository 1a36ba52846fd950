import { diffData } from '../../src/diff/model.js';
import { renderText } from '../../src/diff/text.js';
import { context, failed, ok, side } from './fixtures.js';

describe('renderText', () => {
  it('shows every row in aligned columns, then the counts, failures and invalid lines', () => {
    const d = diffData(
      side([ok('acme/gone', 2, 2000), ok('acme/grows', 10, 1000), ok('acme/same', 1, 1)]),
      side(
        [ok('acme/new', 12, 4300), ok('acme/grows', 13, 1000), ok('acme/same', 1, 1), failed('acme/x', 'not found')],
        [{ file: 'projects.txt', line: 7, text: 'gitlab.com/a/b' }],
      ),
    );
    expect(renderText(d, context)).toBe(
      [
        'Tusk data diff: 1 added, 1 removed, 1 changed · deps +13 · lines +2,300 · 1 failed · 1 invalid line',
        'Base: tusk/main at 0123456',
        'Head: feature at fedcba9',
        '',
        'Status   Repository  Deps          Lines',
        'added    acme/new    12            4,300',
        'removed  acme/gone   2             2,000',
        'changed  acme/grows  10 → 13 (+3)  1,000',
        '',
        '1 repository unchanged.',
        'Totals: repositories 3 · deps 13 → 26 (+13) · lines 3,001 → 5,301 (+2,300)',
        '',
        'Failed (1):',
        '  acme/x: not found',
        '',
        'Invalid lines (1):',
        '  projects.txt:7: gitlab.com/a/b',
        '',
      ].join('\n'),
    );
  });

  it('lists the repositories GitHub renamed, with the names to put in the input', () => {
    const d = diffData(
      side([ok('acme/old', 1, 1)]),
      side([
        { ...ok('acme/old', 1, 1), renamed: 'acme/new' },
        { ...failed('b/gone', 'too large'), renamed: 'c/\u001b[2Jhere' },
      ]),
    );
    const text = renderText(d, context);
    expect(text).toContain('\nRenamed on GitHub, update the input (2):\n  acme/old -> acme/new\n  b/gone -> c/\\u001b[2Jhere\n');
  });

  it('is short when no data changes', () => {
    const same = side([ok('acme/a', 1, 1234)]);
    expect(renderText(diffData(same, same), { ...context, base: { label: 'tusk/main', dataCommit: null } })).toBe(
      'Tusk data diff: No data changes · 1 repository · deps 1 · lines 1,234\nBase: tusk/main (no data yet)\nHead: feature at fedcba9\n',
    );
  });

  it('lets no control sequence through to the terminal', () => {
    const d = diffData(side([]), side([failed('acme/x', 'boom\u001b[2J\nsecond line')], [{ file: 'p\u0007.txt', line: 1, text: '\u202eevil' }]));
    const text = renderText(d, { ...context, head: { label: 'x\u001b]0;title\u0007', commit: 'abc' } });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(text).toContain('  acme/x: boom\\u001b[2J second line');
    expect(text).toContain('  p\\u0007.txt:1: \\u202eevil');
    expect(text).toContain('Head: x\\u001b]0;title\\u0007 at abc');
  });
});
