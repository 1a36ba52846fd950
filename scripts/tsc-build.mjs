/**
 * TypeScript's build mode, for the type check (`tsconfig.json`) and the library's declarations
 * (`tsconfig.lib.json`), each with its build info in node_modules/.cache/tusk/. Build mode skips a
 * project none of whose files changed since its last clean run (a second here, where an incremental
 * check still parses every file: 6 s); it does not look at dependencies, so a change of them
 * (npm install) starts it afresh.
 *
 * `node scripts/tsc-build.mjs PROJECT` builds one project; its exit code is tsc's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INSTALLED = 'node_modules/.package-lock.json';
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * The compiler options a project sets over those of the configuration it extends (the project's
 * files are plain JSON, all in the repository's root, so their paths read the same from here).
 */
function compilerOptionsOf(project) {
  const config = JSON.parse(readFileSync(project, 'utf8'));
  const base = config.extends ? compilerOptionsOf(join(dirname(project), config.extends)) : {};
  return { ...base, ...config.compilerOptions };
}

/** Builds `project` with tsc -b and returns its compiler options; throws when tsc reports an error. */
export function tscBuild(project) {
  const options = compilerOptionsOf(project);
  const buildInfo = options.tsBuildInfoFile;
  if (existsSync(buildInfo) && existsSync(INSTALLED) && statSync(INSTALLED).mtimeMs > statSync(buildInfo).mtimeMs) rmSync(buildInfo);
  execFileSync(process.execPath, [TSC, '--build', project], { stdio: 'inherit' });
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    tscBuild(process.argv[2] ?? 'tsconfig.json');
  } catch {
    process.exitCode = 1;
  }
}
