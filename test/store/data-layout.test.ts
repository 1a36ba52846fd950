import { formatDataCommitMessage, parseDataCommitMessage } from '../../src/store/data-commit-message.js';
import { parseRecords, renderRecords, renderResults } from '../../src/store/data-layout.js';
import { failureRecord, successRecord } from '../../src/stats/record.js';

describe('data-branch layout', () => {
  const records = [
    successRecord('b/Zed', 'f'.repeat(40), { files: 1, lines: 10, deps: 2, unparsed: 0 }),
    failureRecord('a/broken', null, 'repository a/broken not found'),
    successRecord('B/alpha', 'e'.repeat(40), { files: 3, lines: 30, deps: 0, unparsed: 1 }),
  ];

  it('sorts by lowercased name in byte order, ends every line in \\n, and leaves failures out of results', () => {
    expect(renderResults(records)).toBe('B/alpha, 0, 30\nb/Zed, 2, 10\n');
    const lines = renderRecords(records).split('\n');
    expect(lines.map((l) => (l ? JSON.parse(l).repo : ''))).toEqual(['a/broken', 'B/alpha', 'b/Zed', '']);
    expect(lines[0]).toBe('{"repo":"a/broken","commit":null,"files":null,"lines":null,"deps":null,"unparsed":null,"error":"repository a/broken not found"}');
  });

  it('reads back what it writes, and names the commit, file and line of a bad record', () => {
    expect(parseRecords(renderRecords(records), 'abc1234')).toEqual([records[1], records[2], records[0]]);
    expect(() => parseRecords('{"repo":"a/b","commit":null,"files":1,"lines":"x","deps":1,"unparsed":0,"error":null}\n', 'abc1234')).toThrow(
      'abc1234:stats/records.jsonl:1: a count is not a whole number or null',
    );
    expect(() => parseRecords('\nnot json\n', 'abc1234')).toThrow('abc1234:stats/records.jsonl:2: not a JSON object');
  });

  it('keeps provenance and counts in commit trailers', () => {
    const facts = { inputCommit: 'a'.repeat(40), mode: 'refresh', counts: { processed: 1, reused: 2, failed: 3, rows: 4, invalid: 5 } };
    const message = formatDataCommitMessage(facts);
    expect(message).toContain(`\n\nTusk-Input-Commit: ${'a'.repeat(40)}\n`);
    expect(message.endsWith('\n')).toBe(true);
    expect(parseDataCommitMessage(message)).toEqual(facts);
    expect(parseDataCommitMessage('Add projects.txt\n')).toBeNull();
    expect(parseDataCommitMessage('x\n\nTusk-Input-Commit: not-a-sha\n')).toBeNull();
  });
});
