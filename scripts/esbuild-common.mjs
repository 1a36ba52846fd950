// The esbuild options every bundle of this project shares (dist/ by build.mjs, .bench/build/ by
// bench.mjs): Node ESM bundles, which need a `require` for the CommonJS packages they inline.
export const COMMON_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: "import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
};
