import picomatch from 'picomatch';
import { parseInputFiles, type InputFile, type ParsedInput } from '../names/input-file.js';
import type { RepoBackend } from '../store/repo-backend.js';

/** The input wasn't found where the settings say it is. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * The paths `patterns` name when none is a glob (nor escapes one), without a leading `./`: such
 * input is read by path, with no listing of the repository's whole tree, which GitHub cuts short
 * for a very large repository.
 */
function literalPaths(patterns: string[]): string[] | null {
  if (patterns.some((pattern) => pattern.includes('\\') || picomatch.scan(pattern).isGlob)) return null;
  return [...new Set(patterns.map((pattern) => pattern.replace(/^(\.\/)+/, '')))].sort();
}

/** The paths in the tree of `commit` that `patterns` match, in path order. */
async function matchingPaths(repo: RepoBackend, commit: string, patterns: string[]): Promise<string[]> {
  const isInput = picomatch(patterns, { dot: true });
  return (await repo.listFiles(commit)).filter((path) => isInput(path)).sort();
}

/**
 * Reads the input files at `commit`: every file whose path matches one of `patterns` (paths or
 * globs, relative to the repository root), in path order. Nothing is checked out. No file at all
 * is an error, unless `mayBeGone` (the data branch has data of an earlier input, so the input
 * was deleted rather than mistyped): then there is no input.
 */
export async function readInputFiles(repo: RepoBackend, commit: string, patterns: string[], mayBeGone = false): Promise<InputFile[]> {
  const literal = literalPaths(patterns);
  const paths = literal ?? (await matchingPaths(repo, commit, patterns));
  const read = await Promise.all(paths.map(async (path) => ({ path, content: await repo.readFile(commit, path) })));
  // A listed file must be there; a path named outright may not be (as a glob that matches nothing).
  const vanished = literal ? undefined : read.find((file) => file.content === null);
  if (vanished) throw new InputError(`${vanished.path} vanished from ${commit.slice(0, 7)} while it was read`);
  const files = read.filter((file): file is InputFile => file.content !== null);
  if (files.length === 0 && !mayBeGone) {
    throw new InputError(`no input file matches ${patterns.map((p) => `"${p}"`).join(', ')} at ${commit.slice(0, 7)} in ${repo.description}`);
  }
  return files;
}

/** The input at one source commit: its files, and the names and invalid lines they hold. */
export interface Input {
  commit: string;
  files: InputFile[];
  parsed: ParsedInput;
}

export async function readInput(repo: RepoBackend, commit: string, patterns: string[], mayBeGone = false): Promise<Input> {
  const files = await readInputFiles(repo, commit, patterns, mayBeGone);
  return { commit, files, parsed: parseInputFiles(files) };
}

/** What a run says when its input is gone (deleted, not mistyped: the data branch had input before). */
export function deletedInputWarning(patterns: string[], commit: string): string {
  return `no input file matches ${patterns.map((p) => `"${p}"`).join(', ')} at ${commit.slice(0, 7)}: the input was deleted, so its data is empty (earlier data stays in the data branch's history)`;
}
