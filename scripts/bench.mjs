// `npm run bench [-- --quick]`: bundles bench/ (TypeScript, with the test support it reuses) into
// .bench/build/ and runs it with node. The bundle must sit two levels below the project root:
// bench/main.ts and test/support/run-action.ts find the root from their own location.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { COMMON_OPTIONS } from './esbuild-common.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}.bench/build`;
rmSync(outdir, { recursive: true, force: true });

await build({
  ...COMMON_OPTIONS,
  entryPoints: { main: `${root}bench/main.ts`, child: `${root}bench/child/main.ts` },
  outdir,
});

const run = spawnSync(process.execPath, [`${outdir}/main.js`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exitCode = run.status ?? 1;
