import { type InputFile, type ParsedInput } from '../names/input-file.js';
import type { RepoBackend } from '../store/repo-backend.js';
/** The input wasn't found where the settings say it is. */
export declare class InputError extends Error {
    name: string;
}
/**
 * Reads the input files at `commit`: every file whose path matches one of `patterns` (paths or
 * globs, relative to the repository root), in path order. Nothing is checked out.
 */
export declare function readInputFiles(repo: RepoBackend, commit: string, patterns: string[]): Promise<InputFile[]>;
/** The input at one source commit: its files, and the names and invalid lines they hold. */
export interface Input {
    commit: string;
    files: InputFile[];
    parsed: ParsedInput;
}
export declare function readInput(repo: RepoBackend, commit: string, patterns: string[]): Promise<Input>;
