/**
 * The data branch's chart (`stats/totals.svg`): repositories, lines and deps over recent data
 * commits, one panel each (their scales differ by orders of magnitude). Drawn here, with no
 * library: a few lines and points, the same bytes for the same points.
 */
import { formatCount } from '../diff/format-numbers.js';
import { TOTALS_SERIES, type TotalsSeries, type TrendPoint } from './trend.js';
import { escapeXml } from './xml.js';

export const CHART_PATH = 'stats/totals.svg';

const WIDTH = 800;
const LEFT = 100;
const RIGHT = 24;
const TOP = 12;
/** A panel: its title line, then the plot. */
const TITLE_HEIGHT = 26;
const PLOT_HEIGHT = 70;
const PANEL_GAP = 22;
const PANEL_STEP = TITLE_HEIGHT + PLOT_HEIGHT + PANEL_GAP;
const FOOTER = 30;
const HEIGHT = TOP + TOTALS_SERIES.length * PANEL_STEP - PANEL_GAP + FOOTER;
const TEXT = '#1f2328';
const MUTED = '#656d76';
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";

/** A coordinate to one decimal: small files, the same text on every machine. */
function at(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function xOf(index: number, count: number): number {
  const width = WIDTH - LEFT - RIGHT;
  return count === 1 ? LEFT + width / 2 : LEFT + (index * width) / (count - 1);
}

function panel(series: TotalsSeries, index: number, points: readonly TrendPoint[]): string[] {
  const top = TOP + index * PANEL_STEP;
  const plotTop = top + TITLE_HEIGHT;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const values = points.map((point) => point[series.key]);
  const low = values.reduce((min, value) => Math.min(min, value), Infinity);
  const high = values.reduce((max, value) => Math.max(max, value), -Infinity);
  const yOf = (value: number): number => (high === low ? plotTop + PLOT_HEIGHT / 2 : plotBottom - ((value - low) / (high - low)) * PLOT_HEIGHT);
  const latest = values.length > 0 ? formatCount(values[values.length - 1]!) : 'no data yet';
  const lines = [
    `<g class="panel ${series.key}">`,
    `<text x="${LEFT}" y="${top + 16}" fill="${TEXT}" font-size="14"><tspan font-weight="600">${series.title}</tspan> <tspan fill="${MUTED}">${escapeXml(latest)}</tspan></text>`,
    `<line x1="${LEFT}" y1="${plotTop}" x2="${WIDTH - RIGHT}" y2="${plotTop}" stroke="#d0d7de"/>`,
    `<line x1="${LEFT}" y1="${plotBottom}" x2="${WIDTH - RIGHT}" y2="${plotBottom}" stroke="#d0d7de"/>`,
  ];
  if (values.length === 0) return [...lines, '</g>'];
  const scale = high === low ? [high] : [high, low];
  for (const value of scale)
    lines.push(`<text x="${LEFT - 8}" y="${at(yOf(value) + 4)}" text-anchor="end" fill="${MUTED}" font-size="11">${formatCount(value)}</text>`);
  const coordinates = values.map((value, i) => `${at(xOf(i, values.length))},${at(yOf(value))}`);
  if (values.length > 1) lines.push(`<polyline class="series" points="${coordinates.join(' ')}" fill="none" stroke="${series.color}" stroke-width="2"/>`);
  values.forEach((value, i) => {
    const [x, y] = coordinates[i]!.split(',');
    const label = escapeXml(`${points[i]!.inputCommit.slice(0, 7)}: ${formatCount(value)}`);
    lines.push(`<circle class="point" cx="${x}" cy="${y}" r="3" fill="${series.color}"><title>${label}</title></circle>`);
  });
  return [...lines, '</g>'];
}

function footer(points: readonly TrendPoint[]): string[] {
  const y = HEIGHT - 8;
  const count = points.length === 1 ? '1 data commit' : `${formatCount(points.length)} data commits, oldest to newest`;
  const lines = [`<text x="${at(LEFT + (WIDTH - LEFT - RIGHT) / 2)}" y="${y}" text-anchor="middle" fill="${MUTED}" font-size="11">${count}</text>`];
  if (points.length > 1) {
    lines.push(`<text x="${LEFT}" y="${y}" fill="${MUTED}" font-size="11">input ${escapeXml(points[0]!.inputCommit.slice(0, 7))}</text>`);
    lines.push(
      `<text x="${WIDTH - RIGHT}" y="${y}" text-anchor="end" fill="${MUTED}" font-size="11">input ${escapeXml(points[points.length - 1]!.inputCommit.slice(0, 7))}</text>`,
    );
  }
  return lines;
}

/** The chart of `points` (oldest first), as an SVG document. */
export function renderTotalsChart(points: readonly TrendPoint[]): string {
  const title = `Tusk data: repositories, lines and deps over the last ${formatCount(points.length)} data commits`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}" font-family="${FONT}">`,
    `<title>${title}</title>`,
    // Opaque, so that the chart reads the same on GitHub's light and dark themes.
    `<rect width="${WIDTH}" height="${HEIGHT}" rx="6" fill="#ffffff"/>`,
    ...TOTALS_SERIES.flatMap((series, index) => panel(series, index, points)),
    ...footer(points),
    '</svg>',
    '',
  ].join('\n');
}
