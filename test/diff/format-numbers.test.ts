import fc from 'fast-check';
import { formatChange, formatCount, formatDelta, formatQuantity } from '../../src/diff/format-numbers.js';

describe('number formatting', () => {
  it('groups thousands the en-US way', () => {
    expect([0, 999, 1234, 1_234_567, -4210].map(formatCount)).toEqual(['0', '999', '1,234', '1,234,567', '-4,210']);
  });

  it('signs deltas explicitly, with an ASCII minus', () => {
    expect([12, -3, 0, 4210, -1_000_000].map(formatDelta)).toEqual(['+12', '-3', '0', '+4,210', '-1,000,000']);
  });

  it('shows old → new (delta), or the number once when it did not move', () => {
    expect(formatChange(1000, 1100)).toBe('1,000 → 1,100 (+100)');
    expect(formatChange(5, 2)).toBe('5 → 2 (-3)');
    expect(formatChange(7, 7)).toBe('7');
  });

  it('makes the noun agree', () => {
    expect([formatQuantity(1, 'row', 'rows'), formatQuantity(0, 'row', 'rows'), formatQuantity(2500, 'row', 'rows')]).toEqual([
      '1 row',
      '0 rows',
      '2,500 rows',
    ]);
  });

  it('formats every safe integer exactly as Intl does for en-US', () => {
    const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const delta = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    const integers = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1_000_000, max: 1_000_000 }));
    fc.assert(
      fc.property(integers, (n) => {
        if (Object.is(n, -0)) return; // Intl shows "-0"; no count is ever -0
        expect(formatCount(n)).toBe(count.format(n));
        expect(formatDelta(n)).toBe(delta.format(n));
      }),
      { numRuns: 5000 },
    );
  });

  it('falls back to Intl for numbers that are not safe integers', () => {
    expect([formatCount(1234.6), formatCount(2 ** 60), formatDelta(-0.4)]).toEqual(['1,235', '1,152,921,504,606,847,000', '0']);
  });
});
