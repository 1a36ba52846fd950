import { renderJobSummary } from '../../src/diff/job-summary.js';
import { COMMENT_MAX_LENGTH, renderMarkdown } from '../../src/diff/markdown.js';
import { diffData } from '../../src/diff/model.js';
import { renderTrendMarkdown } from '../../src/views/trend-markdown.js';
import { context, ok, side } from '../diff/fixtures.js';
import { count, gfm, inner, text } from '../diff/gfm.js';
import { history } from './fixtures.js';

/** The Mermaid blocks of a body: each one's title, x-axis labels and line values. */
function charts(markdown: string): { title: string; labels: string[]; values: number[] }[] {
  return [...markdown.matchAll(/^```mermaid\n([^]*?)^```$/gm)].map((match) => {
    const body = match[1]!;
    return {
      title: /^ {2}title "(.*)"$/m.exec(body)![1]!,
      labels: [.../^ {2}x-axis "[^"]*" \[(.*)\]$/m.exec(body)![1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!),
      values: /^ {2}line \[(.*)\]$/m.exec(body)![1]!.split(', ').map(Number),
    };
  });
}

const proposed = { repositories: 9, deps: 70, lines: 1400 };

describe("the bot's trend", () => {
  it('charts each total over the base history, then where the pull request takes it, with the numbers in a table', () => {
    const points = history(5);
    const trend = renderTrendMarkdown({ branch: 'tusk/main', history: points, proposed, repositoryUrl: 'https://github.com/acme/data' })!;
    const drawn = charts(trend);
    expect(drawn.map((chart) => chart.title)).toEqual(['Repositories', 'Lines', 'Deps']);
    for (const chart of drawn) expect(chart.labels).toEqual(['1', '2', '3', '4', '5', 'PR']);
    expect(drawn[0]!.values).toEqual([...points.map((p) => p.repositories), 9]);
    expect(drawn[1]!.values).toEqual([...points.map((p) => p.lines), 1400]);
    expect(drawn[2]!.values).toEqual([...points.map((p) => p.deps), 70]);
    const html = gfm(trend);
    const rows = inner(inner(html, 'tbody')[0]!, 'tr').map((row) => inner(row, 'td').map(text));
    expect(rows).toEqual([
      ...points.map((p, i) => [
        String(i + 1),
        p.dataCommit!.slice(0, 7),
        p.inputCommit.slice(0, 7),
        String(p.repositories),
        String(p.deps),
        p.lines.toLocaleString('en-US'),
      ]),
      ['PR', 'this pull request', '', '9', '70', '1,400'],
    ]);
    expect(html).toContain(`<a href="https://github.com/acme/data/commit/${points[0]!.dataCommit}">`);
    expect(text(html)).toContain(`repositories 5 → 9, lines ${points[4]!.lines.toLocaleString('en-US')} → 1,400, deps 40 → 70.`);
  });

  it('is left out before the base has data, and shows a hostile branch name literally', () => {
    expect(renderTrendMarkdown({ branch: 'tusk/main', history: [], proposed })).toBeNull();
    const html = gfm(renderTrendMarkdown({ branch: '@user <b>x</b> [a](http://evil)', history: history(2), proposed })!);
    expect(count(html, /<b>/)).toBe(0);
    expect(count(html, /<a /)).toBe(0);
    expect(inner(html, 'code')[0]).toBe('@user &lt;b&gt;x&lt;/b&gt; [a](http://evil)');
  });

  it('follows the diff in the comment and the job summary, and never takes the room of its text', () => {
    const trend = renderTrendMarkdown({ branch: 'tusk/main', history: history(30), proposed })!;
    const small = diffData(side([ok('acme/a', 1, 10)]), side([ok('acme/a', 1, 20)]));
    expect(renderMarkdown(small, context, { trend })).toBe(`${renderMarkdown(small, context)}\n${trend}`);
    expect(renderJobSummary(small, context, 0, trend)).toBe(`${renderJobSummary(small, context)}\n${trend}`);

    // A diff that fills the comment keeps all its text; the chart is left out.
    const big = diffData(side([]), side(Array.from({ length: 3000 }, (_, i) => ok(`owner/repository-${i}`, i, i))));
    const alone = renderMarkdown(big, context);
    expect(alone.length).toBeGreaterThan(COMMENT_MAX_LENGTH - 200);
    expect(renderMarkdown(big, context, { trend })).toBe(alone);
    // With room for a line but not the chart, that line says it was left out.
    const room = renderMarkdown(small, context).length + 100;
    expect(renderMarkdown(small, context, { trend, maxLength: room })).toBe(
      `${renderMarkdown(small, context)}\n_The trend chart is left out to keep within the size limit._\n`,
    );
    // The chart counts within the limit: a body it fits in by a character less is left without it.
    const exact = `${renderMarkdown(small, context)}\n${trend}`.length;
    expect(renderMarkdown(small, context, { trend, maxLength: exact })).toContain('```mermaid');
    expect(renderMarkdown(small, context, { trend, maxLength: exact - 1 })).not.toContain('```mermaid');
  });
});
