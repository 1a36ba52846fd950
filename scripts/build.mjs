// Bundles the three entry points into dist/: the action (index.js), the CLI (cli.js) and the
// library (lib.js).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { COMMON_OPTIONS } from './esbuild-common.mjs';

const outdir = process.argv[2] ?? 'dist';
rmSync(outdir, { recursive: true, force: true });

await build({
  ...COMMON_OPTIONS,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', lib: 'src/lib.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// Type declarations for library users (`import { ... } from 'tusk'`).
execFileSync('npx', ['tsc', '-p', 'tsconfig.lib.json', '--outDir', `${outdir}/types`], { stdio: 'inherit' });
