/**
 * The Go reference (test/reference/gostats.go): built once per test file into a temp folder,
 * against Debian's GOPATH tree for golang.org/x/mod, and run with many arguments at a time.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REFERENCE_SOURCE = join(process.cwd(), 'test', 'reference', 'gostats.go');
const GOPATH = '/usr/share/gocode';
/** Go's build cache is keyed by content, so it is kept between runs with the other caches: a rebuild links only. */
const GO_BUILD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'tusk', 'go-build');

export interface ReferenceStats {
  repo: string;
  files: number;
  lines: number;
  deps: number;
  unparsed: number;
}

export interface ReferenceImports {
  file: string;
  ok: boolean;
  imports: string[] | null;
}

export interface ReferenceModule {
  file: string;
  module: string;
}

function goEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GO111MODULE: 'off', GOPATH, GOFLAGS: '', GOCACHE: process.env.GOCACHE ?? GO_BUILD_CACHE };
}

/** Builds the reference into `dir`; resolves to its path. */
export async function buildReference(dir: string): Promise<string> {
  const binary = join(dir, 'gostats');
  await run('go', ['build', '-o', binary, REFERENCE_SOURCE], { env: goEnv() });
  return binary;
}

async function runLines<T>(binary: string, args: string[]): Promise<T[]> {
  const { stdout } = await run(binary, args, { maxBuffer: 1 << 28 });
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

/** The reference's stats of directories, in the order given. */
export function referenceStats(binary: string, sources: { path: string; repo: string }[]): Promise<ReferenceStats[]> {
  return runLines(binary, ['stats', ...sources.map((s) => `${s.path}=${s.repo}`)]);
}

/** go/parser's verdict on Go files, in the order given. */
export function referenceImports(binary: string, files: string[]): Promise<ReferenceImports[]> {
  return runLines(binary, ['imports', ...files]);
}

/** The module paths golang.org/x/mod reads from go.mod files, in the order given. */
export function referenceModules(binary: string, files: string[]): Promise<ReferenceModule[]> {
  return runLines(binary, ['modules', ...files]);
}
