/**
 * The `module` directives of a go.mod file, as golang.org/x/mod reads a well-formed one:
 * `module path`, `module "path"` (Go string syntax), the block form `module ( path )`, and `//`
 * comments anywhere. Like modfile.ModulePath, it also takes `` module `path` `` and honours a
 * directive in a file whose other lines are malformed: a repository's own module is never one of
 * its dependencies.
 */
/** go.mod files larger than this are not read: no real one comes near, and memory stays bounded. */
export declare const MAX_GO_MOD_BYTES: number;
/** The module paths declared in a go.mod file (normally one; none when it has no valid directive). */
export declare function goModulePaths(content: string): string[];
