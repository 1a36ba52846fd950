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

const ASCII = /^[\x00-\x7f]*$/;

/** Byte order of two strings' UTF-8 encodings; for ASCII (every valid name) that is code unit order. */
export function compareBytes(a: string, b: string): number {
  if (ASCII.test(a) && ASCII.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Orders names as the data files do: by lowercased canonical name, in byte order. */
export function compareNames(a: string, b: string): number {
  return compareBytes(nameKey(a), nameKey(b));
}

/** `items` sorted by the names `nameOf` gives, each name's key computed once. */
export function sortByName<T>(items: Iterable<T>, nameOf: (item: T) => string): T[] {
  const list = [...items];
  const keys = list.map((item) => nameKey(nameOf(item)));
  // Records read back from the data files are in order already: no need to sort them again.
  if (keys.every((key, i) => i === 0 || compareBytes(keys[i - 1]!, key) <= 0)) return list;
  return list
    .map((item, i) => ({ item, key: keys[i]! }))
    .sort((a, b) => compareBytes(a.key, b.key))
    .map(({ item }) => item);
}
