import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  escapePlain,
  formatChange,
  formatCount,
  headline,
  isEmpty,
  shortSha,
  totalsParts,
  unchangedLine
} from "./chunk-7BIYXUPC.js";

// src/diff/json.ts
var row = ({ repo, deps, lines }) => ({ repo, deps, lines });
var change = ({ before, after, delta }) => ({ before, after, delta });
var totals = ({ repositories, deps, lines }) => ({ repositories, deps, lines });
var invalidLine = ({ file, line, text }) => ({ file, line, text });
function renderJson(diff) {
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
    invalid: diff.invalid.map(invalidLine)
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/text-table.ts
function formatTable(header, rows, options = {}) {
  const widths = header.map((title, i) => rows.reduce((width, row2) => Math.max(width, row2[i].length), title.length));
  const numbersRight = options.numbersRight ?? true;
  const isNumber = header.map((_, i) => numbersRight && rows.length > 0 && rows.every((row2) => /^-?\d+$/.test(row2[i])));
  const line = (cells) => cells.map((cell, i) => isNumber[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

// src/diff/text.ts
function rowTable(diff) {
  const rows = [
    ...diff.added.map((r) => ["added", escapePlain(r.repo), formatCount(r.deps), formatCount(r.lines)]),
    ...diff.removed.map((r) => ["removed", escapePlain(r.repo), formatCount(r.deps), formatCount(r.lines)]),
    ...diff.changed.map((r) => ["changed", escapePlain(r.repo), formatChange(r.deps.before, r.deps.after), formatChange(r.lines.before, r.lines.after)])
  ];
  return rows.length === 0 ? [] : [...formatTable(["Status", "Repository", "Deps", "Lines"], rows, { numbersRight: false }), ""];
}
function problemLines(diff) {
  const failed = diff.failed.map((f) => `  ${escapePlain(f.repo)}: ${escapePlain(f.error)}`);
  const pending = diff.pending.map((repo) => `  ${escapePlain(repo)}`);
  const renamed = diff.renamed.map(({ from, to }) => `  ${escapePlain(from)} -> ${escapePlain(to)}`);
  const invalid = diff.invalid.map((l) => `  ${escapePlain(l.file)}:${l.line}: ${escapePlain(l.text)}`);
  return [
    ...failed.length > 0 ? ["", `Failed (${formatCount(failed.length)}):`, ...failed] : [],
    ...pending.length > 0 ? ["", `Pending, not computed yet (${formatCount(pending.length)}):`, ...pending] : [],
    ...renamed.length > 0 ? ["", `Renamed on GitHub, update the input (${formatCount(renamed.length)}):`, ...renamed] : [],
    ...invalid.length > 0 ? ["", `Invalid lines (${formatCount(invalid.length)}):`, ...invalid] : []
  ];
}
function renderText(diff, context) {
  const { lead, details } = headline(diff);
  const { base, head } = context;
  const baseAt = base.dataCommit === null ? "(no data yet)" : `at ${shortSha(base.dataCommit)}`;
  const lines = [
    `Tusk data diff: ${[lead, ...details].join(" \xB7 ")}`,
    `Base: ${escapePlain(base.label)} ${baseAt}`,
    `Head: ${escapePlain(head.label)} at ${shortSha(head.commit)}`
  ];
  if (!isEmpty(diff)) {
    lines.push("", ...rowTable(diff), `${unchangedLine(diff)}.`, `Totals: ${totalsParts(diff).join(" \xB7 ")}`, ...problemLines(diff));
  }
  return `${lines.join("\n")}
`;
}

export {
  renderJson,
  formatTable,
  renderText
};
