/**
 * Which files of a source tree count (docs/contract.md §2.2): the go tool's own ignore rules, applied to the
 * path components below the top-level folder.
 */

export type FileRole = 'go' | 'go.mod' | 'ignored';

function isIgnoredComponent(component: string): boolean {
  return component === 'vendor' || component === 'testdata' || component.startsWith('.') || component.startsWith('_');
}

/** The role of a regular file, given its path components below the top-level folder. */
export function fileRole(components: readonly string[]): FileRole {
  if (components.length === 0 || components.some(isIgnoredComponent)) return 'ignored';
  const name = components[components.length - 1]!;
  if (name === 'go.mod') return 'go.mod';
  return name.endsWith('.go') ? 'go' : 'ignored';
}

/**
 * The path components of a tarball entry (`.` components dropped), or null for a path that must
 * never be used: absolute, or with a `..` component.
 */
export function tarballPathParts(entryPath: string): string[] | null {
  if (entryPath.startsWith('/')) return null;
  const parts = entryPath.split('/').filter((part) => part !== '' && part !== '.');
  return parts.includes('..') ? null : parts;
}
