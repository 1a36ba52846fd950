/** Tests run the TypeScript sources as ESM through swc; the bundle in dist/ is tested as a process. */
export default {
  // jest's Node environment, with one spawner helper for all the test files of a worker.
  testEnvironment: '<rootDir>/test/support/jest-environment.mjs',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
  // Most tests wait on child processes (git, the bundle) and loopback servers more than they
  // compute: more workers than cores keep both cores busy.
  maxWorkers: 4,
  // A worker that grew past this after a test file is started afresh: every child process a test
  // spawns (git, the bundle) costs a fork of the worker, and here that took 2.5 ms from a 50 MB
  // process and 30 ms from a 550 MB one.
  workerIdleMemoryLimit: '300MB',
  // How long a worker may take to exit at the end of a run before jest kills it and warns of a
  // leak. Here all four end at once, and each spent 0.4 to 0.6 s in Node's own teardown after its
  // last JavaScript had run (its exit event to its zombie state, by /proc): past jest's 500 ms in
  // most full runs, with nothing left open. A worker that a real leak keeps alive is still warned of.
  workerGracefulExitTimeout: 5000,
  // Kept with the other caches rather than in the temporary folder, which npm test moves to memory
  // (scripts/jest.mjs): compiled test files stay compiled from one run to the next.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
};
