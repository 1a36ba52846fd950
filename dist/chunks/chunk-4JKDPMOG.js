import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  counts,
  isEmpty
} from "./chunk-6HIQKB5I.js";

// src/diff/context.ts
function shortSha(sha) {
  return sha.slice(0, 7);
}
function commitUrl(context, sha, url) {
  if (url !== void 0) return url;
  return context.repositoryUrl === void 0 ? void 0 : `${context.repositoryUrl.replace(/\/+$/, "")}/commit/${sha}`;
}

// src/diff/escape.ts
var WORD_JOINER = "\u2060";
var LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
var INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
function visibleLine(text) {
  return text.replace(LINE_BREAK, " ").replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function unlinked(text) {
  return text.replace(/[@#:]/g, `$&${WORD_JOINER}`).replace(/\b(?:www(?=\.)|gh(?=-\d))/gi, `$&${WORD_JOINER}`);
}
function escapeCell(text) {
  return unlinked(visibleLine(text)).replace(ASCII_PUNCTUATION, "\\$&");
}
function codeSpan(text) {
  const content = visibleLine(text) || " ";
  const longestRun = (content.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
  const fence = "`".repeat(longestRun + 1);
  const padded = /^`|`$/.test(content) || /^ [^]* $/.test(content) && content.trim() !== "";
  return padded ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}
function linkDestination(url) {
  const percentEncoded = (c) => [...Buffer.from(c)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  return url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu, percentEncoded);
}
function escapePlain(text) {
  return visibleLine(text);
}

// src/diff/format-numbers.ts
var intl;
function viaIntl() {
  return intl ??= {
    count: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
    delta: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0, signDisplay: "exceptZero" })
  };
}
function grouped(n) {
  let rest = Math.abs(n);
  if (rest < 1e3) return String(rest);
  let text = "";
  while (rest >= 1e3) {
    text = `,${String(rest % 1e3).padStart(3, "0")}${text}`;
    rest = Math.floor(rest / 1e3);
  }
  return `${rest}${text}`;
}
function formatCount(n) {
  if (!Number.isSafeInteger(n)) return viaIntl().count.format(n);
  return n < 0 ? `-${grouped(n)}` : grouped(n);
}
function formatDelta(n) {
  if (!Number.isSafeInteger(n)) return viaIntl().delta.format(n);
  return n > 0 ? `+${grouped(n)}` : n < 0 ? `-${grouped(n)}` : "0";
}
function formatChange(before, after) {
  if (before === after) return formatCount(after);
  return `${formatCount(before)} \u2192 ${formatCount(after)} (${formatDelta(after - before)})`;
}
function formatQuantity(n, singular, plural) {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

// src/diff/summary.ts
function problems(diff) {
  const parts = [];
  if (diff.failed.length > 0) parts.push(`${formatCount(diff.failed.length)} failed`);
  if (diff.pending.length > 0) parts.push(`${formatCount(diff.pending.length)} pending`);
  if (diff.invalid.length > 0) parts.push(formatQuantity(diff.invalid.length, "invalid line", "invalid lines"));
  return parts;
}
function headline(diff) {
  const { before, after } = diff.totals;
  if (isEmpty(diff)) {
    const size = [formatQuantity(after.repositories, "repository", "repositories"), `deps ${formatCount(after.deps)}`, `lines ${formatCount(after.lines)}`];
    return { lead: "No data changes", details: size };
  }
  const { added, removed, changed } = counts(diff);
  if (added + removed + changed === 0) return { lead: "No row changes", details: problems(diff) };
  const kinds = [
    [added, "added"],
    [removed, "removed"],
    [changed, "changed"]
  ];
  const lead = kinds.filter(([n]) => n > 0).map(([n, kind]) => `${formatCount(n)} ${kind}`).join(", ");
  return { lead, details: [`deps ${formatDelta(after.deps - before.deps)}`, `lines ${formatDelta(after.lines - before.lines)}`, ...problems(diff)] };
}
function unchangedLine(diff) {
  return `${formatQuantity(diff.unchanged, "repository", "repositories")} unchanged`;
}
function totalsParts(diff) {
  const { before, after } = diff.totals;
  return [
    `repositories ${formatChange(before.repositories, after.repositories)}`,
    `deps ${formatChange(before.deps, after.deps)}`,
    `lines ${formatChange(before.lines, after.lines)}`
  ];
}

// src/diff/markdown.ts
var COMMENT_MAX_LENGTH = 65536;
var HEADING = "### Tusk data diff";
var VISIBLE_ROWS = 25;
var MAX_TEXT = 200;
var TABLE_HEAD = "| Status | Repository | Deps | Lines |\n|---|---|--:|--:|";
var MORE = {
  rows: ["more row", "more rows"],
  failed: ["more failed repository", "more failed repositories"],
  pending: ["more pending repository", "more pending repositories"],
  invalid: ["more invalid line", "more invalid lines"]
};
var RenderedList = class {
  constructor(length, renderAt) {
    this.length = length;
    this.renderAt = renderAt;
  }
  length;
  renderAt;
  rendered = [];
  at(index) {
    return this.rendered[index] ??= this.renderAt(index);
  }
  slice(start, end) {
    const items = [];
    for (let i = start; i < Math.min(end, this.length); i++) items.push(this.at(i));
    return items;
  }
};
function clipped(text) {
  if (text.length <= MAX_TEXT) return text;
  const codePoints = Array.from(text);
  return codePoints.length <= MAX_TEXT ? text : `${codePoints.slice(0, MAX_TEXT).join("")}\u2026`;
}
function tableRow(status, repo, deps, lines) {
  return `| ${status} | ${escapeCell(clipped(repo))} | ${deps} | ${lines} |`;
}
function renderItems(diff) {
  const { added, removed, changed } = diff;
  const row = (i) => {
    if (i < added.length) return tableRow("added", added[i].repo, formatCount(added[i].deps), formatCount(added[i].lines));
    const r = removed[i - added.length];
    if (r) return tableRow("removed", r.repo, formatCount(r.deps), formatCount(r.lines));
    const c = changed[i - added.length - removed.length];
    return tableRow("changed", c.repo, formatChange(c.deps.before, c.deps.after), formatChange(c.lines.before, c.lines.after));
  };
  return {
    rows: new RenderedList(added.length + removed.length + changed.length, row),
    failed: new RenderedList(diff.failed.length, (i) => `- ${codeSpan(clipped(diff.failed[i].repo))}: ${codeSpan(clipped(diff.failed[i].error))}`),
    pending: new RenderedList(diff.pending.length, (i) => `- ${codeSpan(clipped(diff.pending[i]))}`),
    invalid: new RenderedList(diff.invalid.length, (i) => {
      const l = diff.invalid[i];
      return `- ${codeSpan(clipped(l.file))} line ${l.line}: ${codeSpan(clipped(l.text))}`;
    })
  };
}
function commitRef(context, sha, url) {
  const link = commitUrl(context, sha, url);
  const label = codeSpan(shortSha(sha));
  return link === void 0 ? label : `[${label}](${linkDestination(link)})`;
}
function comparison(context) {
  const { base, head } = context;
  const baseAt = base.dataCommit === null ? "(no data yet)" : `at ${commitRef(context, base.dataCommit, base.url)}`;
  return `Comparing ${codeSpan(clipped(base.label))} ${baseAt} with ${codeSpan(clipped(head.label))} at ${commitRef(context, head.commit, head.url)}.`;
}
function moreLine(left, singular, plural, hint) {
  return left > 0 ? [`\u2026and ${formatQuantity(left, singular, plural)} (${hint})`] : [];
}
function rowBlocks(rows, shown, hint) {
  const visible = rows.slice(0, Math.min(shown, VISIBLE_ROWS));
  const folded = rows.slice(visible.length, shown);
  const blocks = visible.length > 0 ? [[TABLE_HEAD, ...visible].join("\n")] : [];
  if (folded.length > 0) {
    const summary = `<summary>${formatQuantity(folded.length, ...MORE.rows)}</summary>`;
    blocks.push(`<details>
${summary}

${[TABLE_HEAD, ...folded].join("\n")}

</details>`);
  }
  return [...blocks, ...moreLine(rows.length - shown, ...MORE.rows, hint)];
}
function listBlocks(title, items, shown, more, hint) {
  if (items.length === 0) return [];
  const list = shown > 0 ? [items.slice(0, shown).join("\n")] : [];
  return [title, ...list, ...moreLine(items.length - shown, ...more, hint)];
}
function headlineLine(diff) {
  const { lead, details } = headline(diff);
  return [`**${lead}**`, ...details].join(" \xB7 ");
}
function bodyRenderer(diff, context, items, hint) {
  const top = [HEADING, headlineLine(diff), comparison(context)];
  if (isEmpty(diff)) {
    const text = `${top.join("\n\n")}
`;
    return () => text;
  }
  const totals = `${unchangedLine(diff)}. Totals: ${totalsParts(diff).join(" \xB7 ")}.`;
  const failedTitle = `**Failed (${formatCount(diff.failed.length)})**: no stats, so not in the results; retried on the next run.`;
  const pendingTitle = `**Pending (${formatCount(diff.pending.length)})**: not computed yet, so not in the results; ${context.pendingNote ?? "a later run computes them first."}`;
  const invalidTitle = `**Invalid lines (${formatCount(diff.invalid.length)})**: not repository names, so left out.`;
  return (cap) => {
    const shown = (list) => Math.min(list.length, cap);
    const blocks = [
      ...top,
      ...rowBlocks(items.rows, shown(items.rows), hint),
      totals,
      ...listBlocks(failedTitle, items.failed, shown(items.failed), MORE.failed, hint),
      ...listBlocks(pendingTitle, items.pending, shown(items.pending), MORE.pending, hint),
      ...listBlocks(invalidTitle, items.invalid, shown(items.invalid), MORE.invalid, hint)
    ];
    return `${blocks.join("\n\n")}
`;
  };
}
function tooLarge(diff, hint) {
  return `${HEADING}

${headlineLine(diff)}

The diff is too large to show here (${hint}).
`;
}
var SEARCH_MARGIN = 2e3;
function capBound(items, room, from = 0) {
  const lists = [items.rows, items.failed, items.pending, items.invalid];
  let used = 0;
  for (let cap = from; ; cap++) {
    for (const list of lists) if (cap < list.length) used += list.at(cap).length + 1;
    if (used > room || lists.every((list) => cap >= list.length)) return cap;
  }
}
function shrinkBeyond(items, cap, hint) {
  let most = 0;
  for (const list of ["rows", "failed", "pending", "invalid"]) {
    for (const line of moreLine(items[list].length - cap, ...MORE[list], hint)) most += line.length + 2;
  }
  return most;
}
var DEFAULT_HINT = "see the job summary for the full diff";
function renderMarkdown(diff, context, options = {}) {
  const maxLength = options.maxLength ?? COMMENT_MAX_LENGTH;
  const hint = options.fullDiffHint ?? DEFAULT_HINT;
  const items = renderItems(diff);
  const render = bodyRenderer(diff, context, items, hint);
  const longest = Math.max(items.rows.length, items.failed.length, items.pending.length, items.invalid.length);
  const empty = render(0);
  if (empty.length > maxLength) {
    const last = tooLarge(diff, hint);
    if (last.length > maxLength) throw new RangeError(`maxLength ${maxLength} is too small for a diff's headline (${last.length} characters)`);
    return last;
  }
  const tooMany = Math.min(longest + 1, firstTooMany(items, 0, empty, maxLength, hint));
  const starts = [.../* @__PURE__ */ new Set([0, items.rows.length, items.failed.length, items.pending.length, items.invalid.length])].filter((n) => n < tooMany).sort((a, b) => a - b);
  for (let run = starts.length - 1; ; run--) {
    const start = starts[run];
    const first = start === 0 ? empty : render(start);
    if (first.length > maxLength) continue;
    const end = run + 1 < starts.length ? starts[run + 1] : tooMany;
    return largestInRun(items, { cap: start, body: first }, end, render, maxLength, hint);
  }
}
function firstTooMany(items, cap, text, maxLength, hint) {
  return capBound(items, maxLength - text.length + shrinkBeyond(items, cap, hint), cap) + 1;
}
function largestInRun(items, fits, end, render, maxLength, hint) {
  let best = fits;
  let tooMany = Math.min(end, firstTooMany(items, best.cap, best.body, maxLength, hint));
  const tryCap = (cap) => {
    const text = render(cap);
    if (text.length > maxLength) {
      tooMany = cap;
      return;
    }
    best = { cap, body: text };
    tooMany = Math.min(tooMany, firstTooMany(items, cap, text, maxLength, hint));
  };
  for (const margin of [SEARCH_MARGIN, 0]) {
    const guess = capBound(items, maxLength - best.body.length - margin, best.cap);
    if (guess > best.cap && guess < tooMany) tryCap(guess);
  }
  while (tooMany - best.cap > 1) tryCap(Math.floor((best.cap + tooMany) / 2));
  return best.body;
}

export {
  shortSha,
  escapePlain,
  formatCount,
  formatChange,
  headline,
  unchangedLine,
  totalsParts,
  COMMENT_MAX_LENGTH,
  renderMarkdown
};
