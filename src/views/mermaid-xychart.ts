/**
 * A line chart as a Mermaid block, which GitHub draws in comments, job summaries and markdown
 * files. `xychart-beta` came with Mermaid 10.6: the name GitHub's Mermaid knows it by.
 */

export interface LineChart {
  title: string;
  /** The x-axis's title. */
  axis: string;
  /** One a point: short, or they overlap. */
  labels: readonly string[];
  values: readonly number[];
  /** The line's color, as `#rrggbb`. */
  color: string;
}

/** Text as Mermaid reads it, quoted: characters that could end or escape the quotes are left out. */
function quoted(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 ,._-]/g, '')}"`;
}

/** The y-axis's range: the values' own, with a margin, never below zero. */
function axisRange(values: readonly number[]): [number, number] {
  const low = values.reduce((min, value) => Math.min(min, value), Infinity);
  const high = values.reduce((max, value) => Math.max(max, value), -Infinity);
  const margin = Math.max(Math.ceil((high - low) / 10), 1);
  return [Math.max(0, low - margin), high + margin];
}

/** A fenced Mermaid block: one line of `values` over `labels`. */
export function mermaidLineChart(chart: LineChart): string {
  const [low, high] = axisRange(chart.values);
  const color = /^#[0-9a-f]{6}$/i.test(chart.color) ? chart.color : '#000000';
  // Small enough for three in a comment; the theme keeps GitHub's, but for the line's color.
  const init = {
    xyChart: { width: 720, height: 220, xAxis: { labelFontSize: 12 }, yAxis: { labelFontSize: 12 } },
    themeVariables: { xyChart: { plotColorPalette: color } },
  };
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    `  title ${quoted(chart.title)}`,
    `  x-axis ${quoted(chart.axis)} [${chart.labels.map(quoted).join(', ')}]`,
    `  y-axis ${low} --> ${high}`,
    `  line [${chart.values.join(', ')}]`,
    '```',
  ].join('\n');
}
