import { type InputFile, type ParsedInput } from '../names/input-file.js';
import type { RepoBackend } from '../store/repo-backend.js';
/** The input wasn't found where the settings say it is. */
export declare class InputError extends Error {
    name: string;
}
/**
 * Reads the input files at `commit`: every file whose path matches one of `patterns` (paths or
 * globs, relative to the repository root), in path order. Nothing is checked out. No file at all
 * is an error, unless `mayBeGone` (the data branch has data of an earlier input, so the input
 * was deleted rather than mistyped): then there is no input.
 */
export declare function readInputFiles(repo: RepoBackend, commit: string, patterns: string[], mayBeGone?: boolean): Promise<InputFile[]>;
/** The input at one source commit: its files, and the names and invalid lines they hold. */
export interface Input {
    commit: string;
    files: InputFile[];
    parsed: ParsedInput;
}
export declare function readInput(repo: RepoBackend, commit: string, patterns: string[], mayBeGone?: boolean): Promise<Input>;
/** What a run says when its input is gone (deleted, not mistyped: the data branch had input before). */
export declare function deletedInputWarning(patterns: string[], commit: string): string;
