/**
 * Escaping of text taken from input files or upstream data (repository names, invalid lines, file
 * paths, error messages), so that it shows literally and does nothing: no markdown or HTML, no
 * mention, no link, no line break, no terminal control sequence. One function a context.
 */

/** Invisible, does not allow a line break, and breaks GitHub's text patterns it is put into. */
const WORD_JOINER = '\u2060';
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** Control characters, and the bidi overrides that can make text read as something else ("Trojan Source"). */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** One line, every invisible character spelled out as `\uXXXX`. */
function visibleLine(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * GitHub turns `@user`, `@org/team`, `#123`, `GH-123`, `:emoji:`, `http://…`, `www.…` and e-mail
 * addresses in text into mentions, links or images; a word joiner after the trigger breaks each pattern.
 */
function unlinked(text: string): string {
  return text.replace(/[@#:]/g, `$&${WORD_JOINER}`).replace(/\b(?:www(?=\.)|gh(?=-\d))/gi, `$&${WORD_JOINER}`);
}

/**
 * Text for a cell of a GFM table. A cell holds inline markdown only, so backslash-escaping every
 * ASCII punctuation character (CommonMark allows it for each) leaves no syntax, `|` included.
 */
export function escapeCell(text: string): string {
  return unlinked(visibleLine(text)).replace(ASCII_PUNCTUATION, '\\$&');
}

/**
 * Text in a paragraph or list item, as a code span: shown verbatim, and GitHub makes no mention,
 * reference or link inside code. Not for table cells: GFM splits a row on `|` before it sees code.
 */
export function codeSpan(text: string): string {
  const content = visibleLine(text) || ' ';
  const longestRun = (content.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
  const fence = '`'.repeat(longestRun + 1);
  // A backtick next to the fence would join it; CommonMark strips one space from each end when both are spaces.
  const padded = /^`|`$/.test(content) || (/^ [^]* $/.test(content) && content.trim() !== '');
  return padded ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

/** A link destination: characters that could end it or break out of it are percent-encoded. */
export function linkDestination(url: string): string {
  const percentEncoded = (c: string) => [...Buffer.from(c)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  return url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu, percentEncoded);
}

/** Text for a terminal: one line, with no control sequence. */
export function escapePlain(text: string): string {
  return visibleLine(text);
}
