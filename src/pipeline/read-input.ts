import picomatch from 'picomatch';
import { parseInputFiles, type InputFile, type ParsedInput } from '../names/input-file.js';
import type { RepoBackend } from '../store/repo-backend.js';

/** The input wasn't found where the settings say it is. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Reads the input files at `commit`: every file whose path matches one of `patterns` (paths or
 * globs, relative to the repository root), in path order. Nothing is checked out.
 */
export async function readInputFiles(repo: RepoBackend, commit: string, patterns: string[]): Promise<InputFile[]> {
  const isInput = picomatch(patterns, { dot: true });
  const paths = (await repo.listFiles(commit)).filter((path) => isInput(path)).sort();
  if (paths.length === 0) {
    throw new InputError(`no input file matches ${patterns.map((p) => `"${p}"`).join(', ')} at ${commit.slice(0, 7)} in ${repo.description}`);
  }
  return Promise.all(
    paths.map(async (path) => {
      const content = await repo.readFile(commit, path);
      if (content === null) throw new InputError(`${path} vanished from ${commit.slice(0, 7)} while it was read`);
      return { path, content };
    }),
  );
}

/** The input at one source commit: its files, and the names and invalid lines they hold. */
export interface Input {
  commit: string;
  files: InputFile[];
  parsed: ParsedInput;
}

export async function readInput(repo: RepoBackend, commit: string, patterns: string[]): Promise<Input> {
  const files = await readInputFiles(repo, commit, patterns);
  return { commit, files, parsed: parseInputFiles(files) };
}
