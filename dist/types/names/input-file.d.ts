/** An input line that is not a repository name: reported with its place, never dropped. */
export interface InvalidLine {
    file: string;
    line: number;
    text: string;
}
/** A repository named by the input: canonical spelling of its first occurrence, and where that is. */
export interface InputName {
    name: string;
    file: string;
    line: number;
}
export interface ParsedInput {
    /** Distinct names, sorted as the data files are. */
    names: readonly InputName[];
    invalid: InvalidLine[];
}
export interface InputFile {
    path: string;
    content: string;
}
/** Parses every input file (in the order given) into distinct names and invalid lines (docs/contract.md §1.2). */
export declare function parseInputFiles(files: InputFile[]): ParsedInput;
