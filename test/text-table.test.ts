import { formatTable } from '../src/text-table.js';

describe('formatTable', () => {
  it('aligns text left and whole numbers right, two spaces apart, with no trailing blanks', () => {
    expect(
      formatTable(
        ['NAME', 'ROWS'],
        [
          ['a/b', '7'],
          ['long/name', '1234'],
        ],
      ),
    ).toEqual(['NAME       ROWS', 'a/b           7', 'long/name  1234']);
    expect(formatTable(['NAME', 'ROWS'], [['a/b', '7']], { numbersRight: false })).toEqual(['NAME  ROWS', 'a/b   7']);
  });

  it('takes tables far longer than a call has room for arguments', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [`owner/repo-${i}`, String(i)]);
    const lines = formatTable(['NAME', 'N'], rows);
    expect(lines).toHaveLength(150_001);
    expect(lines[150_000]).toBe('owner/repo-149999  149999');
  });
});
