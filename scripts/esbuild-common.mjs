// The esbuild options every bundle of this project shares (dist/ by build.mjs, .bench/build/ by
// bench.mjs): Node ESM bundles, which need a `require` for the CommonJS packages they inline.

/**
 * Modules of @actions/* that only define things (HTTP clients for OIDC tokens and for an Octokit
 * of their own, which Tusk does not use) but do not say so: marked free of side effects, esbuild
 * leaves them out where nothing uses them, and with them two copies of undici (1.5 MB the action
 * would parse and run at every start).
 */
const definitionsOnly = {
  name: 'actions-definitions-only',
  setup(build) {
    build.onResolve({ filter: /^(@actions\/http-client|\.\/utils\.js|\.\/oidc-utils\.js)/ }, async (args) => {
      if (!/node_modules\/@actions\//.test(args.importer) && !args.path.startsWith('@actions/')) return undefined;
      if (args.pluginData?.definitionsOnly) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { definitionsOnly: true },
      });
      return resolved.errors.length > 0 ? undefined : { path: resolved.path, sideEffects: false };
    });
  },
};

export const COMMON_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: "import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [definitionsOnly],
};
