/** The module paths declared in a go.mod file (normally one; none when it has no valid directive). */
export declare function goModulePaths(content: string): string[];
