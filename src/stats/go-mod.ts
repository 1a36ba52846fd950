import { unquoteGoString } from './go-lexer.js';

/**
 * The `module` directives of a go.mod file, as golang.org/x/mod reads a well-formed one:
 * `module path`, `module "path"` (Go string syntax), the block form `module ( path )`, and `//`
 * comments anywhere. Like modfile.ModulePath, it also takes `` module `path` `` and honours a
 * directive in a file whose other lines are malformed: a repository's own module is never one of
 * its dependencies.
 */

/** Splits one go.mod line into words, quoted strings and parentheses, dropping a `//` comment. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (line.startsWith('//', i)) {
      break;
    } else if (c === '"' || c === '`') {
      const end = quotedEnd(line, i);
      out.push(line.slice(i, end));
      i = end;
    } else if (c === '(' || c === ')') {
      out.push(c);
      i++;
    } else {
      let j = i;
      while (j < line.length && !' \t\r"`()'.includes(line[j]!) && !line.startsWith('//', j)) j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** The end of the quoted string starting at `start` (the end of the line when it is not closed). */
function quotedEnd(line: string, start: number): number {
  const quote = line[start]!;
  let j = start + 1;
  while (j < line.length && line[j] !== quote) j += quote === '"' && line[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, line.length);
}

function unquote(word: string): string | null {
  return word.startsWith('"') || word.startsWith('`') ? unquoteGoString(word) : word;
}

/** The module paths declared in a go.mod file (normally one; none when it has no valid directive). */
export function goModulePaths(content: string): string[] {
  const paths: string[] = [];
  let block: string | null = null; // the verb of the `verb (` block the line is in
  for (const line of content.split('\n')) {
    const words = tokens(line);
    if (block !== null) {
      if (words[0] === ')') block = null;
      else if (block === 'module' && words.length === 1) pushPath(paths, words[0]!);
    } else if (words.length >= 2 && words[words.length - 1] === '(') {
      block = words.length === 2 ? words[0]! : '';
    } else if (words[0] === 'module' && words.length === 2) {
      pushPath(paths, words[1]!);
    }
  }
  return paths;
}

function pushPath(paths: string[], word: string): void {
  const path = unquote(word);
  if (path) paths.push(path);
}
