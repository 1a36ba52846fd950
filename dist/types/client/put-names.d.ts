/** A name given to `put` that is not a repository name. */
export declare class InvalidNameError extends Error {
    name: string;
}
/** Checks names given to `put`, in the spelling given; throws naming the first bad one. */
export declare function checkNames(names: string[]): string[];
/**
 * The input file's new text with `names` appended, those already there (case-insensitively)
 * left out. Existing lines are kept byte for byte, and new ones end as the file's lines do
 * (CRLF in a file written on Windows).
 */
export declare function appendNames(path: string, content: string, names: string[]): {
    content: string;
    added: string[];
};
