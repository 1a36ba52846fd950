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
import { existsSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const INSTALLED = 'node_modules/.package-lock.json';
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Where each project keeps its build info (its tsBuildInfoFile). */
export const BUILD_INFO = {
  'tsconfig.json': 'node_modules/.cache/tusk/check.tsbuildinfo',
  'tsconfig.lib.json': 'node_modules/.cache/tusk/types/tsbuildinfo',
};

/** Builds `project` with tsc -b; throws when tsc reports an error. */
export function tscBuild(project) {
  const buildInfo = BUILD_INFO[project];
  if (existsSync(buildInfo) && existsSync(INSTALLED) && statSync(INSTALLED).mtimeMs > statSync(buildInfo).mtimeMs) rmSync(buildInfo);
  execFileSync(process.execPath, [TSC, '--build', project], { stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    tscBuild(process.argv[2] ?? 'tsconfig.json');
  } catch {
    process.exitCode = 1;
  }
}
