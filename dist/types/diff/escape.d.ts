/**
 * Escaping of text taken from input files or upstream data (repository names, invalid lines, file
 * paths, error messages), so that it shows literally and does nothing: no markdown or HTML, no
 * mention, no link, no line break, no terminal control sequence. One function a context.
 */
/**
 * Text for a cell of a GFM table. A cell holds inline markdown only, so backslash-escaping every
 * ASCII punctuation character (CommonMark allows it for each) leaves no syntax, `|` included.
 */
export declare function escapeCell(text: string): string;
/**
 * Text in a paragraph or list item, as a code span: shown verbatim, and GitHub makes no mention,
 * reference or link inside code. Not for table cells: GFM splits a row on `|` before it sees code.
 */
export declare function codeSpan(text: string): string;
/** A link destination: characters that could end it or break out of it are percent-encoded. */
export declare function linkDestination(url: string): string;
/** Text for a terminal: one line, with no control sequence. */
export declare function escapePlain(text: string): string;
