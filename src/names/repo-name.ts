/**
 * Repository names (docs/contract.md §1.1): the accepted spellings of a GitHub repository, reduced to `owner/repo`.
 */

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const PREFIXES = ['https://github.com/', 'github.com/'];
/** A name written canonically already, as nearly every line of a long list is: no other check needed. */
const CANONICAL = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/(?!\.\.?$)(?![A-Za-z0-9._-]*\.[gG][iI][tT]$)[A-Za-z0-9._-]{1,100}$/;

/** The canonical `owner/repo` of a name, or null when the text is not an accepted form. */
export function canonicalName(text: string): string | null {
  if (CANONICAL.test(text)) return text;
  let rest = text;
  const prefix = PREFIXES.find((p) => rest.toLowerCase().startsWith(p));
  if (prefix) rest = rest.slice(prefix.length);
  // A clone URL pasted with a slash after it (`r.git/`): both go. GitHub allows no repository name ending in .git.
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  if (rest.toLowerCase().endsWith('.git')) rest = rest.slice(0, -4);
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
  if (ASCII.test(a) && ASCII.test(b)) return compareCodeUnits(a, b);
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The comparison for a list of keys: code unit order when every key is ASCII (checked once, not
 * on each of the n log n comparisons), byte order otherwise.
 */
export function keyComparison(keys: readonly string[]): (a: string, b: string) => number {
  return keys.every((key) => ASCII.test(key)) ? compareCodeUnits : compareBytes;
}

/** Orders names as the data files do: by lowercased canonical name, in byte order. */
export function compareNames(a: string, b: string): number {
  return compareBytes(nameKey(a), nameKey(b));
}

/**
 * The indices of `keys` in byte order; stable, so equal keys keep their order. Null when the keys
 * are in order already, as records read back from the data files are.
 */
export function byteOrder(keys: readonly string[], compare = keyComparison(keys)): number[] | null {
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = compare(keys[i - 1]!, keys[i]!) <= 0;
  if (sorted) return null;
  return keys.map((_, i) => i).sort((i, j) => compare(keys[i]!, keys[j]!));
}

/**
 * `items` sorted by the names `nameOf` gives, each name's key computed once. A list in order
 * already (records as the data files hold them, sorted once per commit and rendered three times)
 * comes back as it is, with no copy of it or of its keys.
 */
export function sortByName<T>(items: readonly T[] | Iterable<T>, nameOf: (item: T) => string): readonly T[] {
  const list: readonly T[] = Array.isArray(items) ? items : [...items];
  if (inNameOrder(list, nameOf)) return list;
  const order = byteOrder(list.map((item) => nameKey(nameOf(item))))!;
  return order.map((i) => list[i]!);
}

/** Whether `list` is in name order already: the check costs no array, and stops at the first pair out of order. */
function inNameOrder<T>(list: readonly T[], nameOf: (item: T) => string): boolean {
  let previous = list.length > 0 ? nameKey(nameOf(list[0]!)) : '';
  for (let i = 1; i < list.length; i++) {
    const key = nameKey(nameOf(list[i]!));
    if (compareBytes(previous, key) > 0) return false;
    previous = key;
  }
  return true;
}
