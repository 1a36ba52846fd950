// Bundles the three entry points into dist/: the action (index.js), the CLI (cli.js) and the
// library (lib.js).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMMON_OPTIONS } from './esbuild-common.mjs';
import { tscBuild } from './tsc-build.mjs';

const outdir = process.argv[2] ?? 'dist';
rmSync(outdir, { recursive: true, force: true });

await build({
  ...COMMON_OPTIONS,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', lib: 'src/lib.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// Type declarations for library users (`import { ... } from 'tusk'`), built by tsc -b into the
// cache and copied: those of sources that still exist (build mode never deletes an output).
const types = tscBuild('tsconfig.lib.json').outDir;
for (const file of readdirSync(types, { recursive: true })) {
  if (!file.endsWith('.d.ts') || !existsSync(join('src', file.replace(/\.d\.ts$/, '.ts')))) continue;
  mkdirSync(dirname(join(outdir, 'types', file)), { recursive: true });
  copyFileSync(join(types, file), join(outdir, 'types', file));
}
