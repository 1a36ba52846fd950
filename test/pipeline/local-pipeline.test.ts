import { fileURLToPath } from 'node:url';
import { runCommitPipeline } from '../../src/pipeline/commit-pipeline.js';
import { LocalSources } from '../../src/sources/local-sources.js';
import { DataStore } from '../../src/store/data-store.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { commitLocal, git, initRepo } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';
import { pipelineEnv, pipelineSettings } from '../support/pipeline-env.js';

const SOURCES = fileURLToPath(new URL('../../demo/sources', import.meta.url));

describe('the commit pipeline on the local git backend', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  const pipeline = (sourceCommit: string, refresh = false) => {
    const backend = new LocalGitBackend(dir.path);
    const sources = new LocalSources(SOURCES, { maxInflatedBytes: 1 << 30 });
    return runCommitPipeline(backend, new DataStore(backend, 'tusk/main'), sources, pipelineSettings(sourceCommit, { refresh }), pipelineEnv());
  };

  it('racing runs of three successive commits end linear with the newest input on top', async () => {
    const c1 = initRepo(dir.path, { 'projects.txt': 'pkg/errors\n' });
    const c2 = commitLocal(dir.path, { 'projects.txt': 'pkg/errors\ngorilla/mux\n' }, 'two');
    const c3 = commitLocal(dir.path, { 'more.txt': 'spf13/cobra\n' }, 'three');
    const results = await Promise.all([c1, c2, c3].map((sha) => pipeline(sha)));
    const trailer = (rev: string) => git(dir.path, 'log', '-1', '--format=%(trailers:key=Tusk-Input-Commit,valueonly)', rev);
    expect(trailer('tusk/main')).toBe(c3);
    const chain = git(dir.path, 'rev-list', 'tusk/main').split('\n');
    expect(chain).toHaveLength(results.filter((r) => r.outcome === 'committed').length);
    const order = [c1, c2, c3];
    const inputs = chain.map(trailer).reverse();
    for (let i = 1; i < inputs.length; i++) expect(order.indexOf(inputs[i]!)).toBeGreaterThan(order.indexOf(inputs[i - 1]!));
    expect(git(dir.path, 'show', 'tusk/main:stats/results')).toBe('gorilla/mux, 0, 6661\npkg/errors, 0, 2108\nspf13/cobra, 4, 14378');
    expect(git(dir.path, 'ls-tree', '-r', '--name-only', 'tusk/main', 'projects')).toBe('projects/more.txt\nprojects/projects.txt');
  });

  it('drops input files that are gone from projects/, and a refresh recomputes local sources', async () => {
    initRepo(dir.path, { 'projects.txt': 'pkg/errors\n', 'old.txt': 'gorilla/mux\n' });
    await pipeline(git(dir.path, 'rev-parse', 'HEAD'));
    const next = commitLocal(dir.path, { 'old.txt': null }, 'drop old');
    const result = await pipeline(next);
    expect(result.counts).toMatchObject({ removed: 1, reused: 1, processed: 0 });
    expect(git(dir.path, 'ls-tree', '-r', '--name-only', 'tusk/main', 'projects')).toBe('projects/projects.txt');
    const refreshed = await pipeline(next, true);
    expect(refreshed.outcome).toBe('committed');
    expect(refreshed.counts).toMatchObject({ processed: 1, reused: 0, changed: 0 });
  });

  it('fails with a message naming the commit when no input file matches', async () => {
    const c1 = initRepo(dir.path, { 'README.md': 'x\n' });
    await expect(pipeline(c1)).rejects.toThrow(`no input file matches "*.txt" at ${c1.slice(0, 7)} in ${dir.path}`);
  });
});
