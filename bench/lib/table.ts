/** The one table `npm run bench` prints. */

export type Verdict = 'PASS' | 'FAIL' | 'report';

export interface Row {
  /** The target's number, with a letter when a target has several rows (1a, 1b…). */
  id: string;
  /** What is measured, Tusk against what. */
  what: string;
  tusk: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: Verdict;
  /** Runs per side, e.g. "5+5". */
  runs: string;
}

const COLUMNS: { key: keyof Row; title: string; right?: boolean }[] = [
  { key: 'id', title: '#' },
  { key: 'what', title: 'Measured (Tusk vs baseline)' },
  { key: 'tusk', title: 'Tusk', right: true },
  { key: 'baseline', title: 'Baseline', right: true },
  { key: 'ratio', title: 'Ratio', right: true },
  { key: 'target', title: 'Target' },
  { key: 'verdict', title: 'Result' },
  { key: 'runs', title: 'Runs', right: true },
];

function pad(text: string, width: number, right: boolean | undefined): string {
  const gap = ' '.repeat(Math.max(0, width - [...text].length));
  return right ? gap + text : text + gap;
}

/** Aligned columns; a rule between targets so each target's rows read as a group. */
export function renderTable(rows: readonly Row[]): string {
  const widths = COLUMNS.map((column) => Math.max([...column.title].length, ...rows.map((row) => [...row[column.key]].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, COLUMNS[i]!.right))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(COLUMNS.map((c) => c.title)), rule];
  rows.forEach((row, index) => {
    const group = (r: Row) => r.id.replace(/[a-z]+$/, '');
    if (index > 0 && group(row) !== group(rows[index - 1]!)) out.push('');
    out.push(line(COLUMNS.map((c) => row[c.key])));
  });
  return out.join('\n');
}
