// Bundles the three entry points into dist/: the action (index.js), the CLI (cli.js) and the
// library (lib.js). ESM bundles need a `require` for the CommonJS packages they inline.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';
rmSync(outdir, { recursive: true, force: true });

const banner = "import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);";

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', lib: 'src/lib.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
});

// Type declarations for library users (`import { ... } from 'tusk'`).
execFileSync('npx', ['tsc', '-p', 'tsconfig.lib.json', '--outDir', `${outdir}/types`], { stdio: 'inherit' });
