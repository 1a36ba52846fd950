import { formatDataCommitMessage, parseDataCommitMessage } from '../../src/store/data-commit-message.js';
import { dataFiles, parseRecords } from '../../src/store/data-layout.js';
import { textOf } from '../../src/store/repo-backend.js';
import fc from 'fast-check';
import { failureRecord, pendingRecord, recordToJson, successRecord, type StatsRecord } from '../../src/stats/record.js';

/** The data files' text, as a commit writes them. */
const renderResults = (records: readonly StatsRecord[]): string => textOf(dataFiles(records).results);
const renderRecords = (records: readonly StatsRecord[]): string => textOf(dataFiles(records).records);

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
    expect(lines[0]).toBe(
      '{"repo":"a/broken","commit":null,"files":null,"lines":null,"deps":null,"unparsed":null,"error":"repository a/broken not found","engine":1}',
    );
  });

  it('reads back what it writes, pending and stale marks included', () => {
    const stale = { ...successRecord('d/kept', 'd'.repeat(40), { files: 1, lines: 1, deps: 0, unparsed: 0 }), stale: 'GitHub API error 502' };
    const renamed = { ...successRecord('e/old', 'e'.repeat(40), { files: 1, lines: 1, deps: 0, unparsed: 0 }), renamed: 'E2/new' };
    const marked = [...records, pendingRecord('c/later'), stale, renamed];
    expect(parseRecords(renderRecords(marked), 'abc1234')).toEqual({
      records: [marked[1], marked[2], marked[0], marked[3], marked[4], marked[5]],
      problems: [],
    });
    expect(renderRecords([renamed])).toContain('"error":null,"engine":1,"renamed":"E2/new"}');
    const badRename = renderRecords([{ ...renamed, renamed: 'not a name' }]);
    expect(parseRecords(badRename, 'abc1234').problems).toEqual(['abc1234:stats/records.jsonl:1: "renamed" is not an owner/repo name']);
    expect(renderRecords([pendingRecord('c/later')])).toBe(
      '{"repo":"c/later","commit":null,"files":null,"lines":null,"deps":null,"unparsed":null,"error":null,"pending":true}\n',
    );
  });

  it('leaves out lines that are not records, naming the commit, file and line of each, and keeps the rest', () => {
    const good = '{"repo":"a/good","commit":null,"files":1,"lines":2,"deps":3,"unparsed":0,"error":null}';
    const text = [
      '{"repo":"a/b","commit":null,"files":1,"lines":"x","deps":1,"unparsed":0,"error":null}',
      '',
      'not json',
      good,
      '{"repo":"a/nulls","commit":null,"files":null,"lines":null,"deps":null,"unparsed":null,"error":null}',
      '{"repo":"a/twice","commit":null,"files":1,"lines":1,"deps":1,"unparsed":0,"error":null}',
      '{"repo":"A/Twice","commit":null,"files":2,"lines":2,"deps":2,"unparsed":0,"error":null}',
      '{"repo":"not a name","commit":null,"files":1,"lines":1,"deps":1,"unparsed":0,"error":null}',
      '{"repo":"a/both","commit":null,"files":1,"lines":1,"deps":1,"unparsed":0,"error":"boom"}',
      '[1,2]',
    ].join('\n');
    const { records: read, problems } = parseRecords(text, 'tusk/main@abc1234');
    expect(read.map((record) => record.repo)).toEqual(['a/good']);
    expect(problems).toEqual([
      'tusk/main@abc1234:stats/records.jsonl:1: a count is not a whole number or null',
      'tusk/main@abc1234:stats/records.jsonl:3: not a JSON object',
      'tusk/main@abc1234:stats/records.jsonl:5: a record with neither an error nor all its numbers',
      'tusk/main@abc1234:stats/records.jsonl:6: a/twice has more than one record',
      'tusk/main@abc1234:stats/records.jsonl:7: A/Twice has more than one record',
      'tusk/main@abc1234:stats/records.jsonl:8: "repo" is not an owner/repo name',
      'tusk/main@abc1234:stats/records.jsonl:9: a record with both an error and numbers',
      'tusk/main@abc1234:stats/records.jsonl:10: not a JSON object',
    ]);
  });

  it('finds a repository listed twice anywhere in a file out of order, and keeps the rest', () => {
    const line = (repo: string) => `{"repo":"${repo}","commit":null,"files":1,"lines":1,"deps":1,"unparsed":0,"error":null}`;
    const text = ['z/one', 'a/dup', 'm/x', 'A/Dup', 'b/two', 'a/DUP'].map(line).join('\n');
    const { records, problems } = parseRecords(text, 'w');
    expect(records.map((record) => record.repo)).toEqual(['z/one', 'm/x', 'b/two']);
    expect(problems).toEqual([2, 4, 6].map((n, i) => `w:stats/records.jsonl:${n}: ${['a/dup', 'A/Dup', 'a/DUP'][i]} has more than one record`));
  });

  it('writes each record as JSON.stringify writes its fields in the contract order, whatever the strings hold', () => {
    // Any code point, and lone surrogates and characters JSON escapes among them.
    const unit = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\ud800', '\udfff', '"', '\\', '\n', '\u0000', '\u001f'));
    const text = fc.string({ unit, maxLength: 40 });
    const count = fc.option(fc.nat(), { nil: null });
    const record = fc.record(
      {
        repo: text,
        commit: fc.option(text, { nil: null }),
        files: count,
        lines: count,
        deps: count,
        unparsed: count,
        error: fc.option(text, { nil: null }),
        engine: fc.nat(),
        renamed: text,
        pending: fc.constant(true as const),
        stale: text,
      },
      { requiredKeys: ['repo', 'commit', 'files', 'lines', 'deps', 'unparsed', 'error'] },
    );
    fc.assert(
      fc.property(record, (r: StatsRecord) => {
        const { repo, commit, files, lines, deps, unparsed, error, engine, renamed, pending, stale } = r;
        const ordered = { repo, commit, files, lines, deps, unparsed, error, engine, renamed: renamed || undefined, pending, stale: stale || undefined };
        expect(recordToJson(r)).toBe(JSON.stringify(ordered));
        expect(JSON.parse(recordToJson(r))).toEqual(JSON.parse(JSON.stringify(ordered)));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes files of many megabytes in pieces whose bytes are the lines joined, multi-byte text included', () => {
    // Errors of 500 to 3,000 characters (two- to four-byte ones among them) over 3,000 records:
    // 2 MB and more, so that lines cross the 1 MiB pieces at every kind of byte.
    const error = fc.string({ unit: fc.constantFrom('a', 'é', '€', '𝄞', '"', '\\'), minLength: 500, maxLength: 3000 });
    fc.assert(
      fc.property(fc.array(error, { minLength: 3000, maxLength: 3000 }), (errors) => {
        const records = errors.map((why, i) => failureRecord(`o/r${String(i).padStart(5, '0')}`, null, why));
        const files = dataFiles(records);
        expect(Buffer.concat(files.records).toString('utf8')).toBe(records.map((record) => `${recordToJson(record)}\n`).join(''));
        expect(files.records.length).toBeGreaterThan(1);
        expect(textOf(files.results)).toBe('');
      }),
      { numRuns: 3 },
    );
    expect(dataFiles([])).toEqual({ sorted: [], results: [], records: [] });
  });

  it('keeps provenance and counts in commit trailers', () => {
    const facts = {
      inputCommit: 'a'.repeat(40),
      mode: 'refresh',
      counts: { processed: 1, reused: 2, failed: 3, pending: 0, outdated: 0, rows: 4, invalid: 5, lines: 600, deps: 7 },
    };
    const message = formatDataCommitMessage(facts);
    expect(message).toContain(`\n\nTusk-Input-Commit: ${'a'.repeat(40)}\n`);
    expect(message).not.toContain('pending)');
    expect(message.endsWith('\n')).toBe(true);
    expect(parseDataCommitMessage(message)).toEqual(facts);
    const partial = { ...facts, counts: { ...facts.counts, pending: 6 }, stopped: 'quota' };
    const partialMessage = formatDataCommitMessage(partial);
    expect(partialMessage.split('\n')[0]).toContain(', 6 pending)');
    expect(partialMessage).toContain(
      '\nTusk-Pending: 6\nTusk-Outdated: 0\nTusk-Rows: 4\nTusk-Invalid: 5\nTusk-Lines: 600\nTusk-Deps: 7\nTusk-Stopped: quota\n',
    );
    expect(parseDataCommitMessage(partialMessage)).toEqual(partial);
    expect(parseDataCommitMessage('Add projects.txt\n')).toBeNull();
    expect(parseDataCommitMessage('x\n\nTusk-Input-Commit: not-a-sha\n')).toBeNull();
  });

  it('says which datums were forced, how many rows the engine changed, and which repositories were renamed', () => {
    const facts = {
      inputCommit: 'b'.repeat(40),
      mode: 'commit',
      counts: { processed: 3, reused: 0, failed: 0, pending: 0, outdated: 0, rows: 3, invalid: 0, lines: 30, deps: 3 },
      forced: ['a/one'],
      tuskVersion: '1.2.3',
      engine: 4,
      engineChanged: 2,
      renamed: [{ from: 'old/name', to: 'New-Owner/name' }],
    };
    const message = formatDataCommitMessage(facts);
    expect(message).toContain('\n\nComputed again by request: a/one.\n\n2 rows changed because the stats engine changed, not the source.\n\n');
    expect(message).toContain('Renamed on GitHub (the input still has the old name): old/name -> New-Owner/name.\n\n');
    expect(message).toContain('\nTusk-Forced: 1\nTusk-Version: 1.2.3\nTusk-Engine: 4\nTusk-Engine-Changed: 2\nTusk-Renamed: 1\n');
    expect(parseDataCommitMessage(message)).toEqual(facts);

    // Long lists are cut in the message; the trailers keep the totals.
    const many = Array.from({ length: 120 }, (_, i) => `o/r${i}`);
    const long = { ...facts, forced: many, renamed: many.map((from) => ({ from, to: `${from}-new` })) };
    const parsed = parseDataCommitMessage(formatDataCommitMessage(long))!;
    expect(parsed.forced).toEqual(many.slice(0, 50));
    expect(parsed.forcedTotal).toBe(120);
    expect(parsed.renamed).toEqual(long.renamed.slice(0, 50));
    expect(parsed.renamedTotal).toBe(120);
  });
});
