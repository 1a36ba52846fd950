/** The diff as a JSON document, for `tusk diff --format json` and scripts: keys in a fixed order. */
import type { InvalidLine } from '../names/input-file.js';
import type { Change, DataDiff, Row, Totals } from './model.js';

const row = ({ repo, deps, lines }: Row) => ({ repo, deps, lines });
const change = ({ before, after, delta }: Change) => ({ before, after, delta });
const totals = ({ repositories, deps, lines }: Totals) => ({ repositories, deps, lines });
const invalidLine = ({ file, line, text }: InvalidLine) => ({ file, line, text });

/** Pretty-printed with two spaces and a final newline; the same diff always gives the same bytes. */
export function renderJson(diff: DataDiff): string {
  const document = {
    added: diff.added.map(row),
    removed: diff.removed.map(row),
    changed: diff.changed.map((c) => ({ repo: c.repo, deps: change(c.deps), lines: change(c.lines) })),
    unchanged: diff.unchanged,
    engineChanged: diff.engineChanged,
    totals: { before: totals(diff.totals.before), after: totals(diff.totals.after) },
    failed: diff.failed.map(({ repo, error }) => ({ repo, error })),
    pending: [...diff.pending],
    renamed: diff.renamed.map(({ from, to }) => ({ from, to })),
    invalid: diff.invalid.map(invalidLine),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
