/**
 * Aligned columns for terminal tables, two spaces apart, the last one not padded: `tusk log`,
 * `tusk history`, `tusk diff`. Numbers go right unless told otherwise.
 */
export function formatTable(header: string[], rows: string[][], options: { numbersRight?: boolean } = {}): string[] {
  // A fold, not Math.max(...): spreading every row into one call overflows the stack on long tables.
  const widths = header.map((title, i) => rows.reduce((width, row) => Math.max(width, row[i]!.length), title.length));
  const numbersRight = options.numbersRight ?? true;
  const isNumber = header.map((_, i) => numbersRight && rows.length > 0 && rows.every((row) => /^-?\d+$/.test(row[i]!)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (isNumber[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
