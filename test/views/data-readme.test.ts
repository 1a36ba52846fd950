import { failureRecord, pendingRecord, successRecord, type StatsRecord } from '../../src/stats/record.js';
import { isGeneratedReadme, renderDataReadme, type DataReadmeContent } from '../../src/views/data-readme.js';
import { count, gfm, inner, text } from '../diff/gfm.js';
import { HOSTILE } from '../diff/hostile.js';
import { facts, history, sha } from './fixtures.js';

function ok(repo: string, lines: number, deps = 1): StatsRecord {
  return successRecord(repo, 'c0ffee', { files: 2, lines, deps, unparsed: 0 });
}

function content(records: StatsRecord[], extra: Partial<DataReadmeContent> = {}): DataReadmeContent {
  const rows = records.filter((r) => r.error === null && !r.pending);
  const counts = {
    rows: rows.length,
    lines: rows.reduce((sum, r) => sum + r.lines!, 0),
    deps: rows.reduce((sum, r) => sum + r.deps!, 0),
    failed: records.filter((r) => r.error !== null).length,
    pending: records.filter((r) => r.pending).length,
  };
  return { branch: 'tusk/main', about: {}, facts: facts(counts, sha(42, 'f')), records, inputPaths: ['projects/projects.txt'], trend: history(4), ...extra };
}

/** The rows of the HTML table after the heading `title`. */
function tableAfter(html: string, title: string): string[][] {
  const rest = html.slice(html.indexOf(`<h2>${title}</h2>`));
  return inner(inner(rest, 'tbody')[0]!, 'tr').map((row) => inner(row, 'td').map(text));
}

describe("the data branch's README", () => {
  const records = [
    ok('small/one', 10),
    ok('big/one', 5000, 7),
    ok('Mid/One', 300),
    failureRecord('gone/repo', null, 'repository not found'),
    pendingRecord('later/repo'),
  ];

  it('says what the data is and where it comes from, linked to the pages of the repository it is in, whatever its server', () => {
    const readme = renderDataReadme(content(records, { about: { sourceBranch: 'main' } }));
    expect(isGeneratedReadme(readme)).toBe(true);
    const html = gfm(readme);
    expect(inner(html, 'h1').map(text)).toEqual(['Tusk data: tusk/main']);
    // As GitHub resolves them: from the README's own address on the data branch.
    const onGitHub = (branch: string, html: string): string[] =>
      [...html.matchAll(/<a href="([^"]*)"/g)].map(
        (m) => new URL(m[1]!.replace(/&amp;/g, '&'), `https://github.example/acme/data/blob/${branch}/README.md`).href,
      );
    expect(onGitHub('tusk/main', html)).toEqual(
      expect.arrayContaining([
        `https://github.example/acme/data/commit/${sha(42, 'f')}`,
        'https://github.example/acme/data/tree/main',
        'https://github.example/acme/data/blob/tusk/main/projects/projects.txt',
        `https://github.example/acme/data/blob/${sha(42, 'f')}/projects.txt`,
        'https://github.com/big/one',
      ]),
    );
    const deeper = gfm(
      renderDataReadme(content(records, { branch: 'data/of/release#1', about: { sourceBranch: 'release#1' }, inputPaths: ['projects/lists/a b.txt'] })),
    );
    expect(onGitHub('data/of/release%231', deeper)).toEqual(
      expect.arrayContaining([
        `https://github.example/acme/data/commit/${sha(42, 'f')}`,
        'https://github.example/acme/data/tree/release%231',
        `https://github.example/acme/data/blob/${sha(42, 'f')}/lists/a%20b.txt`,
      ]),
    );
    expect(html).toContain('<img src="stats/totals.svg" alt="Repositories, lines and deps over the last 4 data commits" />');
  });

  it('shows the totals, the largest repositories first with links, and the failed and pending datums', () => {
    const html = gfm(renderDataReadme(content(records)));
    expect(tableAfter(html, 'Totals')).toEqual([['3', '9', '5,310', '1', '1', '0']]);
    expect(tableAfter(html, 'Largest repositories by lines')).toEqual([
      ['1', 'big/one', '5,000', '7', '2'],
      ['2', 'Mid/One', '300', '1', '2'],
      ['3', 'small/one', '10', '1', '2'],
    ]);
    expect(html).toContain('<a href="https://github.com/big/one">big/one</a>');
    expect(inner(html, 'h2').map(text)).toEqual(['Totals', 'Largest repositories by lines', 'Failed (1)', 'Pending (1)', 'This branch']);
    expect(inner(html, 'li').map(text)).toEqual(expect.arrayContaining(['gone/repo: repository not found', 'later/repo']));
  });

  it('shows hostile repository names and errors literally: no markup, link or mention of their own', () => {
    const hostile = [
      ...HOSTILE.map((name, i) => ok(name, 100 + i)),
      ...HOSTILE.map((error, i) => failureRecord(`acme/failed-${String(i).padStart(2, '0')}`, null, error)),
      ...HOSTILE.map((name) => pendingRecord(`${name} `)),
    ];
    const html = gfm(renderDataReadme(content(hostile, { branch: '@user [a](http://evil)', about: { sourceBranch: '<b>x</b>' } })));
    const rows = tableAfter(html, 'Largest repositories by lines');
    expect(rows.map((row) => row[1])).toEqual(
      HOSTILE.map((name, i) => ({ name: name.trim(), lines: 100 + i }))
        .sort((a, b) => b.lines - a.lines)
        .slice(0, 100)
        .map((r) => r.name),
    );
    // The only links are Tusk's own (a hostile name is not a repository name: no link).
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'https://github.com/tusk-data/tusk',
      // Out of a branch whose name has three parts: "@user [a](http:", "" and "evil)".
      `../../../../commit/${sha(42, 'f')}`,
      '../../../../tree/%3Cb%3Ex%3C/b%3E',
      'projects/projects.txt',
      `../../../../blob/${sha(42, 'f')}/projects.txt`,
    ]);
    for (const tag of ['script', 'b', 'em', 'del', 'blockquote', 'h3', 'hr', 'pre', 'details'])
      expect([tag, count(html, new RegExp(`<${tag}[ />]`))]).toEqual([tag, 0]);
    expect(count(html, /<img /)).toBe(1); // the chart
    // GitHub makes mentions of `@name` in text, but not inside code or after a word joiner.
    expect(html.replace(/<code>[^]*?<\/code>/g, '').match(/@(?!\u2060)/g)).toBeNull();
    expect(inner(html, 'h1').map(text)).toEqual(['Tusk data: @user [a](http://evil)']);
  });

  it('stays small for 100,000 repositories, with the count of what it leaves out', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const name = `owner${i % 1000}/repository-with-a-long-name-${i}`;
      return i % 10 === 0 ? failureRecord(name, null, `${'a long error message '.repeat(20)}${i}`) : i % 10 === 1 ? pendingRecord(name) : ok(name, i);
    });
    const readme = renderDataReadme(content(many));
    expect(readme.length).toBeLessThan(64 * 1024);
    const html = gfm(readme);
    expect(tableAfter(html, 'Largest repositories by lines')).toHaveLength(100);
    expect(tableAfter(html, 'Largest repositories by lines')[0]).toEqual(['1', 'owner999/repository-with-a-long-name-99999', '99,999', '1', '2']);
    expect(text(html)).toContain('…and 79,900 more repositories with stats');
    expect(inner(html, 'h2').map(text)).toEqual(['Totals', 'Largest repositories by lines', 'Failed (10,000)', 'Pending (10,000)', 'This branch']);
    expect(text(html)).toContain('…and 9,950 more');
  });

  it('lists the 100 largest as a sort of every record would, ties by name, in any input order', () => {
    // 5,000 records over 40 line counts: the 100th place falls inside a tie.
    const many = Array.from({ length: 5_000 }, (_, i) => ok(`owner${(i * 7919) % 5000}/r`, 1_000 + ((i * 31) % 40)));
    const expected = [...many]
      .sort((a, b) => b.lines! - a.lines! || (a.repo.toLowerCase() < b.repo.toLowerCase() ? -1 : 1))
      .slice(0, 100)
      .map((r) => [r.repo, r.lines!.toLocaleString('en-US')]);
    for (const order of [many, [...many].reverse(), [...many].sort((a, b) => a.lines! - b.lines!)]) {
      const rows = tableAfter(gfm(renderDataReadme(content(order))), 'Largest repositories by lines');
      expect(rows.map((row) => [row[1], row[2]])).toEqual(expected);
    }
  });

  it('is the same, byte for byte, from the same data, whatever the order of the records', () => {
    const readme = renderDataReadme(content(records));
    expect(renderDataReadme(content([...records].reverse()))).toBe(readme);
    expect(renderDataReadme(content(records, { trend: history(4).map((p) => ({ ...p, dataCommit: null })) }))).toBe(readme);
    expect(isGeneratedReadme('# our data\n')).toBe(false);
  });
});
