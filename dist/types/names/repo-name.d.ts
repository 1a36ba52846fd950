/**
 * Repository names (docs/contract.md §1.1): the accepted spellings of a GitHub repository, reduced to `owner/repo`.
 */
/** The canonical `owner/repo` of a name, or null when the text is not an accepted form. */
export declare function canonicalName(text: string): string | null;
/** The key names are compared by: GitHub treats owner and repository names case-insensitively. */
export declare function nameKey(name: string): string;
/** Byte order of two strings' UTF-8 encodings; for ASCII (every valid name) that is code unit order. */
export declare function compareBytes(a: string, b: string): number;
/**
 * The comparison for a list of keys: code unit order when every key is ASCII (checked once, not
 * on each of the n log n comparisons), byte order otherwise.
 */
export declare function keyComparison(keys: readonly string[]): (a: string, b: string) => number;
/** Orders names as the data files do: by lowercased canonical name, in byte order. */
export declare function compareNames(a: string, b: string): number;
/**
 * The indices of `keys` in byte order; stable, so equal keys keep their order. Null when the keys
 * are in order already, as records read back from the data files are.
 */
export declare function byteOrder(keys: readonly string[], compare?: (a: string, b: string) => number): number[] | null;
/**
 * `items` sorted by the names `nameOf` gives, each name's key computed once. A list in order
 * already (records as the data files hold them, sorted once per commit and rendered three times)
 * comes back as it is, with no copy of it or of its keys.
 */
export declare function sortByName<T>(items: readonly T[] | Iterable<T>, nameOf: (item: T) => string): readonly T[];
