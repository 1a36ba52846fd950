/** Aligned columns for terminal tables: text left, numbers right. */
export function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const isNumber = header.map((_, i) => rows.length > 0 && rows.every((row) => /^-?\d+$/.test(row[i]!)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (isNumber[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
