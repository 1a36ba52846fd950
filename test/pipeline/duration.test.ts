import { formatDuration, parseDuration } from '../../src/duration.js';

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['5h30m', 19_800_000],
    ['1h0m30s', 3_630_000],
    ['45', 2_700_000],
    ['1.5', 90_000],
    ['250ms', 250],
    [' 2M ', 120_000],
  ])('reads %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'forever', '5 m', '-1m', 'm', '1h-5m', '10x'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('writes the shortest spelling, which reads back the same', () => {
    for (const ms of [1000, 90_000, 300_000, 19_800_000, 3_630_000]) expect(parseDuration(formatDuration(ms))).toBe(ms);
    expect(formatDuration(19_800_000)).toBe('5h30m');
    expect(formatDuration(500)).toBe('500ms');
  });
});
