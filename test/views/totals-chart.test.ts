import { renderTotalsChart } from '../../src/views/totals-chart.js';
import { extendTrend, TREND_COMMITS } from '../../src/views/trend.js';
import { history } from './fixtures.js';
import { parseSvg, within } from './svg.js';

const KEYS = ['repositories', 'lines', 'deps'] as const;

describe('the totals chart', () => {
  it('is an SVG document with one point a data commit in each panel, higher values drawn higher', () => {
    const points = history(7);
    const document = parseSvg(renderTotalsChart(points));
    expect(document.documentElement!.tagName).toBe('svg');
    expect(document.documentElement!.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    for (const key of KEYS) {
      const circles = within(document, key, 'circle');
      expect(circles).toHaveLength(7);
      const [line] = within(document, key, 'polyline');
      expect(line!.getAttribute('points')!.split(' ')).toHaveLength(7);
      // Left to right, oldest first; the larger of two values has the smaller y.
      const xs = circles.map((c) => Number(c.getAttribute('cx')));
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      const ys = circles.map((c) => Number(c.getAttribute('cy')));
      for (let i = 1; i < points.length; i++) expect(Math.sign(ys[i - 1]! - ys[i]!)).toBe(Math.sign(points[i]![key] - points[i - 1]![key]));
      expect(circles.map((c) => c.getElementsByTagName('title')[0]!.textContent)).toEqual(
        points.map((p) => `${p.inputCommit.slice(0, 7)}: ${p[key].toLocaleString('en-US')}`),
      );
    }
  });

  it('draws a single data commit as one point a panel, without a line', () => {
    const document = parseSvg(renderTotalsChart(history(1)));
    for (const key of KEYS) {
      expect(within(document, key, 'circle')).toHaveLength(1);
      expect(within(document, key, 'polyline')).toHaveLength(0);
    }
  });

  it('keeps the last data commits, up to its window', () => {
    let points = history(0);
    for (const point of history(TREND_COMMITS + 5)) points = extendTrend(points, point);
    expect(points).toEqual(history(TREND_COMMITS + 5).slice(5));
    expect(within(parseSvg(renderTotalsChart(points)), 'lines', 'circle')).toHaveLength(TREND_COMMITS);
  });

  it('shows text it was given literally, as XML text', () => {
    const hostile = history(3).map((point) => ({ ...point, inputCommit: `<x&"'\u0001>` }));
    const document = parseSvg(renderTotalsChart(hostile));
    const titles = within(document, 'deps', 'title').map((title) => title.textContent);
    expect(titles[0]).toBe('<x&"\'\ufffd>: 0');
  });

  it('draws the same bytes from the same totals, whatever the data commits are called', () => {
    const points = history(12);
    const chart = renderTotalsChart(points);
    expect(renderTotalsChart(history(12))).toBe(chart);
    // The commit being made has no SHA yet: the chart must not depend on it.
    expect(renderTotalsChart(points.map((point) => ({ ...point, dataCommit: null })))).toBe(chart);
    expect(chart.length).toBeLessThan(20_000);
  });
});
