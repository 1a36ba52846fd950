/**
 * Repository names (SPEC §1): the accepted spellings of a GitHub repository, reduced to `owner/repo`.
 */

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const PREFIXES = ['https://github.com/', 'github.com/'];

/** The canonical `owner/repo` of a name, or null when the text is not an accepted form. */
export function canonicalName(text: string): string | null {
  let rest = text;
  const prefix = PREFIXES.find((p) => rest.toLowerCase().startsWith(p));
  if (prefix) rest = rest.slice(prefix.length);
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  else if (rest.toLowerCase().endsWith('.git')) rest = rest.slice(0, -4);
  const parts = rest.split('/');
  if (parts.length !== 2) return null;
  const [owner, repo] = parts as [string, string];
  if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') return null;
  return `${owner}/${repo}`;
}

/** The key names are compared by: GitHub treats owner and repository names case-insensitively. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** Orders names as the data files do: by lowercased canonical name, in byte order. */
export function compareNames(a: string, b: string): number {
  const ka = Buffer.from(nameKey(a));
  const kb = Buffer.from(nameKey(b));
  return Buffer.compare(ka, kb);
}
