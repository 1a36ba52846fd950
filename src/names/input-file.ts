import { canonicalName, nameKey, sortByName } from './repo-name.js';

/** An input line that is not a repository name: reported with its place, never dropped. */
export interface InvalidLine {
  file: string;
  line: number;
  text: string;
}

/** A repository named by the input: canonical spelling of its first occurrence, and where that is. */
export interface InputName {
  name: string;
  file: string;
  line: number;
}

export interface ParsedInput {
  /** Distinct names, sorted as the data files are. */
  names: readonly InputName[];
  invalid: InvalidLine[];
}

export interface InputFile {
  path: string;
  content: string;
}

/** The text of a line without its comment and surrounding whitespace. */
function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash === -1 ? line : line.slice(0, hash)).trim();
}

/** Parses every input file (in the order given) into distinct names and invalid lines (docs/contract.md §1.2). */
export function parseInputFiles(files: InputFile[]): ParsedInput {
  const seen = new Map<string, InputName>();
  const invalid: InvalidLine[] = [];
  for (const { path, content } of files) {
    // Line by line without an array of them; trimming takes a CRLF file's \r with the other whitespace.
    for (let start = 0, line = 1; start < content.length; line++) {
      const end = content.indexOf('\n', start);
      const text = stripComment(content.slice(start, end === -1 ? content.length : end));
      start = end === -1 ? content.length : end + 1;
      if (text === '') continue;
      const name = canonicalName(text);
      if (name === null) {
        invalid.push({ file: path, line, text });
        continue;
      }
      const key = nameKey(name);
      if (!seen.has(key)) seen.set(key, { name, file: path, line });
    }
  }
  const names = sortByName(seen.values(), (entry) => entry.name);
  return { names, invalid };
}
