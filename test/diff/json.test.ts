import { renderJson } from '../../src/diff/json.js';
import { diffData } from '../../src/diff/model.js';
import { failed, ok, side } from './fixtures.js';

describe('renderJson', () => {
  const d = diffData(
    side([ok('acme/gone', 2, 20), ok('acme/grows', 1, 10)]),
    side(
      [{ ...ok('acme/grows', 3, 10), renamed: 'acme-org/grows' }, ok('acme/new', 4, 40), failed('acme/x', 'not found')],
      [{ file: 'p.txt', line: 2, text: 'bad name' }],
    ),
  );

  it('is the model, with its keys in a fixed order', () => {
    expect(renderJson(d)).toBe(
      `${JSON.stringify(
        {
          added: [{ repo: 'acme/new', deps: 4, lines: 40 }],
          removed: [{ repo: 'acme/gone', deps: 2, lines: 20 }],
          changed: [{ repo: 'acme/grows', deps: { before: 1, after: 3, delta: 2 }, lines: { before: 10, after: 10, delta: 0 } }],
          unchanged: 0,
          engineChanged: 0,
          totals: { before: { repositories: 2, deps: 3, lines: 30 }, after: { repositories: 2, deps: 7, lines: 50 } },
          failed: [{ repo: 'acme/x', error: 'not found' }],
          pending: [],
          renamed: [{ from: 'acme/grows', to: 'acme-org/grows' }],
          invalid: [{ file: 'p.txt', line: 2, text: 'bad name' }],
        },
        null,
        2,
      )}\n`,
    );
  });

  it('does not depend on how the model objects were built', () => {
    const reordered = {
      ...d,
      invalid: d.invalid.map(({ text, line, file }) => ({ text, line, file })),
      totals: { after: d.totals.after, before: d.totals.before },
    };
    expect(renderJson(reordered)).toBe(renderJson(d));
  });
});
