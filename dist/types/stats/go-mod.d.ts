/**
 * The `module` directive of a go.mod file: `module path`, `module "path"`, `` module `path` ``,
 * the block form `module ( path )`, and `//` comments anywhere, as golang.org/x/mod reads them.
 */
/** The module paths declared in a go.mod file (normally one; none when it has no valid directive). */
export declare function goModulePaths(content: string): string[];
