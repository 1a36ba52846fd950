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
    expect([formatQuantity(1, 'row', 'rows'), formatQuantity(0, 'row', 'rows'), formatQuantity(2500, 'row', 'rows')]).toEqual(['1 row', '0 rows', '2,500 rows']);
  });
});
