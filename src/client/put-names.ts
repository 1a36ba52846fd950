import { canonicalName, nameKey } from '../names/repo-name.js';
import { parseInputFiles } from '../names/input-file.js';

/** A name given to `put` that is not a repository name. */
export class InvalidNameError extends Error {
  override name = 'InvalidNameError';
}

/** Checks names given to `put`, in the spelling given; throws naming the first bad one. */
export function checkNames(names: string[]): string[] {
  if (names.length === 0) throw new InvalidNameError('no names given: put owner/repo ...');
  return names.map((name) => {
    const canonical = canonicalName(name.trim());
    if (!canonical) throw new InvalidNameError(`"${name}" is not a GitHub repository name (owner/repo)`);
    return canonical;
  });
}

/**
 * The input file's new text with `names` appended, those already there (case-insensitively)
 * left out. Existing lines are kept byte for byte, and new ones end as the file's lines do
 * (CRLF in a file written on Windows).
 */
export function appendNames(path: string, content: string, names: string[]): { content: string; added: string[] } {
  const present = new Set(parseInputFiles([{ path, content }]).names.map((entry) => nameKey(entry.name)));
  const added: string[] = [];
  for (const name of names) {
    if (present.has(nameKey(name))) continue;
    present.add(nameKey(name));
    added.push(name);
  }
  const eol = content.includes('\r\n') ? '\r\n' : '\n';
  const base = content === '' || content.endsWith('\n') ? content : `${content}${eol}`;
  return { content: base + added.map((name) => `${name}${eol}`).join(''), added };
}
