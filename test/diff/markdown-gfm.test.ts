/** The rendered comment as GitHub's own renderer (cmark-gfm) sees it. */
import { renderMarkdown } from '../../src/diff/markdown.js';
import { diffData } from '../../src/diff/model.js';
import { context, failed, ok, side } from './fixtures.js';
import { count, gfm, inner, text } from './gfm.js';
import { HOSTILE } from './hostile.js';

const oneLine = (s: string) => s.replace(/\n/g, ' ');

describe('the rendered markdown', () => {
  it('renders the changes as a table with one row a change', () => {
    const d = diffData(side([ok('acme/a', 1, 1), ok('acme/b', 2, 2)]), side([ok('acme/a', 1, 5), ok('acme/c', 3, 3000)]));
    const html = gfm(renderMarkdown(d, context));
    expect(count(html, /<table>/)).toBe(1);
    expect(count(html, /<tr>/)).toBe(1 + 3);
    expect(
      inner(html, 'tr')
        .slice(1)
        .map((row) => inner(row, 'td').map(text)),
    ).toEqual([
      ['added', 'acme/c', '3', '3,000'],
      ['removed', 'acme/b', '2', '2'],
      ['changed', 'acme/a', '1', '1 → 5 (+4)'],
    ]);
  });

  describe('with hostile input everywhere', () => {
    const records = [...HOSTILE.map((h) => ok(h, 1, 1)), ...HOSTILE.map((h, i) => failed(`acme/failed-${String(i).padStart(2, '0')}`, h))];
    const invalid = HOSTILE.map((h, i) => ({ file: h, line: i + 1, text: h }));
    const d = diffData(side([]), side(records, invalid));
    const hostileContext = { base: { label: HOSTILE[0]!, dataCommit: 'abcdef1234567' }, head: { label: '@user [a](http://evil)', commit: '1234567abcdef' } };
    const html = gfm(renderMarkdown(d, hostileContext));

    it('shows every repository name literally, one cell each', () => {
      const rows = inner(html, 'tbody').flatMap((body) => inner(body, 'tr'));
      expect(rows).toHaveLength(HOSTILE.length);
      const cells = rows.map((row) => inner(row, 'td'));
      expect(cells.every((row) => row.length === 4)).toBe(true);
      expect(cells.map((row) => text(row[1]!))).toEqual(d.added.map((r) => r.repo.trim()));
      expect(new Set(d.added.map((r) => r.repo))).toEqual(new Set(HOSTILE));
    });

    it('shows every error message, file path and invalid line literally', () => {
      const items = inner(html, 'li').map((li) => inner(li, 'code').map(text));
      expect(items).toEqual([...d.failed.map((f) => [f.repo, oneLine(f.error)]), ...d.invalid.map((l) => [oneLine(l.file), oneLine(l.text)])]);
    });

    it('shows the labels literally', () => {
      expect(
        inner(html, 'p')
          .find((p) => p.startsWith('Comparing'))!
          .split(/<\/?code>/)
          .filter((_, i) => i % 2 === 1),
      ).toEqual(['&lt;script&gt;alert(1)&lt;/script&gt;', 'abcdef1', '@user [a](http://evil)', '1234567']);
    });

    it('makes no link, image, script, emphasis or other structure of its own', () => {
      for (const tag of ['a', 'img', 'script', 'em', 'del', 'h1', 'h2', 'h4', 'blockquote', 'ol', 'hr', 'pre', 'b', 'br', 'sup']) {
        expect([tag, count(html, new RegExp(`<${tag}[ />]`))]).toEqual([tag, 0]);
      }
      expect(count(html, /<strong>/)).toBe(3); // the headline, "Failed", "Invalid lines"
      expect(count(html, /<ul>/)).toBe(2);
      expect(count(html, /<h3>/)).toBe(1);
      expect(count(html, /<details>/)).toBe(1);
      expect(count(html, /<\/details>/)).toBe(1);
    });
  });

  it('renders a 10,000-row diff within a comment, with the "and N more" note, still well-formed', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ok(`owner/repo-${String(i).padStart(5, '0')}`, i % 50, i * 101));
    const markdown = renderMarkdown(diffData(side([]), side(rows)), context);
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    const left = /…and ([\d,]+) more rows \(see the job summary for the full diff\)/.exec(markdown);
    expect(left).not.toBeNull();
    const html = gfm(markdown);
    const bodies = inner(html, 'tbody');
    // The first 25 rows in view, the rest of those that fit folded into one <details>.
    expect(count(html, /<table>/)).toBe(2);
    expect(count(html, /<\/table>/)).toBe(2);
    expect(count(bodies[0]!, /<tr>/)).toBe(25);
    expect(html).toMatch(/<details>\n<summary>[\d,]+ more rows<\/summary>\n<table>[^]*<\/table>\n<\/details>\n<p>…and [\d,]+ more rows/);
    const shown = bodies.reduce((n, body) => n + count(body, /<tr>/), 0);
    expect(shown + Number(left![1]!.replace(/,/g, ''))).toBe(10_000);
    expect(count(html, /<td[ >]/)).toBe(4 * shown);
  });
});
