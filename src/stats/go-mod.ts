/**
 * The `module` directive of a go.mod file: `module path`, `module "path"`, `` module `path` ``,
 * the block form `module ( path )`, and `//` comments anywhere, as golang.org/x/mod reads them.
 */

/** Splits one go.mod line into words and quoted strings, dropping a trailing `//` comment. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (line.startsWith('//', i)) {
      break;
    } else if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      out.push(line.slice(i, j + 1));
      i = j + 1;
    } else if (c === '`') {
      const j = line.indexOf('`', i + 1);
      const end = j === -1 ? line.length : j + 1;
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

function unquote(word: string): string | null {
  if (word.startsWith('`')) return word.endsWith('`') && word.length > 1 ? word.slice(1, -1) : null;
  if (word.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(word);
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  }
  return word;
}

/** The module paths declared in a go.mod file (normally one; none when it has no valid directive). */
export function goModulePaths(content: string): string[] {
  const paths: string[] = [];
  let inBlock = false;
  for (const line of content.split('\n')) {
    const words = tokens(line);
    if (inBlock) {
      if (words[0] === ')') inBlock = false;
      else if (words.length === 1) pushPath(paths, words[0]!);
      continue;
    }
    if (words[0] !== 'module') continue;
    if (words[1] === '(') inBlock = words[2] !== ')';
    else if (words.length === 2) pushPath(paths, words[1]!);
  }
  return paths;
}

function pushPath(paths: string[], word: string): void {
  const path = unquote(word);
  if (path) paths.push(path);
}
