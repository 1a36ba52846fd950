import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_VERSION } from '../../src/stats/engine-version.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { git, initRepo } from '../support/git-fixtures.js';
import { githubTarball } from '../support/tarball.js';
import { tempDir } from '../support/temp-dir.js';
import { tusk } from '../support/run-cli.js';

/** Two repositories as GitHub's tarballs (so records carry their source commit). */
function writeSources(dir: string): void {
  const repos: Record<string, Record<string, string>> = {
    'acme/one': { 'go.mod': 'module one\n\nrequire example.com/x v1.0.0\n', 'main.go': 'package main\n\nfunc main() {}\n' },
    'acme/two': { 'two.go': 'package two\n\n// Two.\nvar Two = 2\n' },
  };
  for (const [name, files] of Object.entries(repos)) {
    const [owner, repo] = name.split('/') as [string, string];
    mkdirSync(join(dir, owner), { recursive: true });
    writeFileSync(join(dir, owner, `${repo}.tar.gz`), githubTarball(`${owner}-${repo}-0123456`, files));
  }
}

/** Commits `files` on top of tusk/main, as another tool writing the data branch would (the work tree is not touched). */
async function commitOnDataBranch(repo: string, files: Record<string, string>, message: string): Promise<void> {
  const backend = new LocalGitBackend(repo);
  const changes = Object.entries(files).map(([path, content]) => ({ path, content }));
  const written = await backend.commitFiles('tusk/main', await backend.branchHead('tusk/main'), changes, message);
  if ('conflict' in written) throw new Error('tusk/main moved while the test wrote it');
}

/**
 * Rewrites the data branch's head as another engine version would have written it: the same
 * records with `engine` set to `other`, and acme/one's line count off by `skew`.
 */
function rewriteAsEngine(repo: string, other: number, skew: number): Promise<void> {
  const records = git(repo, 'show', 'tusk/main:stats/records.jsonl')
    .split('\n')
    .map((line) => JSON.parse(line) as { repo: string; lines: number; engine: number })
    .map((record) => ({ ...record, lines: record.repo === 'acme/one' ? record.lines + skew : record.lines, engine: other }));
  const results = records.map((record) => `${record.repo}, ${(record as unknown as { deps: number }).deps}, ${record.lines}`).join('\n');
  const message = git(repo, 'log', '-1', '--format=%B', 'tusk/main').replace(/^Tusk-Engine: \d+$/m, `Tusk-Engine: ${other}`);
  return commitOnDataBranch(repo, { 'stats/records.jsonl': `${records.map((r) => JSON.stringify(r)).join('\n')}\n`, 'stats/results': `${results}\n` }, message);
}

describe('computing datums again: a new stats engine, or a user asking', () => {
  let dir: ReturnType<typeof tempDir>;
  let repo: string;
  let sources: string;
  const run = (...argv: string[]) => tusk(argv, { cwd: repo });

  beforeEach(async () => {
    dir = tempDir();
    repo = join(dir.path, 'repo');
    sources = join(dir.path, 'sources');
    mkdirSync(repo);
    writeSources(sources);
    initRepo(repo, { 'projects.txt': 'acme/one\nacme/two\n' });
    expect((await run('run', '--sources', sources)).out).toMatch(/: 2 computed, 0 reused/);
  });
  afterEach(() => dir.cleanup());

  it('records made by another engine version are computed again, reported as engine changes, then reused', async () => {
    await rewriteAsEngine(repo, ENGINE_VERSION + 1, 5);
    const head = git(repo, 'rev-parse', 'tusk/main');

    // Same input commit: the data is not current for this engine, so the run is not skipped.
    const again = await run('run', '--sources', sources);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/: 2 computed, 0 reused, 0 failed; rows \+0 -0 ~1/);
    expect(git(repo, 'rev-parse', 'tusk/main~1')).toBe(head);
    const message = git(repo, 'log', '-1', '--format=%B', 'tusk/main');
    expect(message).toContain('tusk commit: stats of 2 repositories at');
    expect(message).toContain('Tusk-Outdated: 0'); // none left as the other engine made them
    expect(message).toContain('\n\n1 row changed because the stats engine changed, not the source.\n\n');
    expect(message).toMatch(/^Tusk-Engine-Changed: 1$/m);
    expect((await run('log', '-n', '1')).out).toMatch(/\s1 changed by engine 1$/m);
    expect(message).toContain(`Tusk-Engine: ${ENGINE_VERSION}`);
    expect(git(repo, 'show', 'tusk/main:stats/records.jsonl')).not.toContain(`"engine":${ENGINE_VERSION + 1}`);

    const diff = await run('diff', 'tusk/main~1', 'tusk/main');
    expect(diff.out).toContain('1 changed by a new stats engine, not the source');
    const json = JSON.parse((await run('diff', 'tusk/main~1', 'tusk/main', '--format', 'json')).out) as { engineChanged: number };
    expect(json.engineChanged).toBe(1);

    const third = await run('run', '--sources', sources);
    expect(third.out).toContain('already there; nothing to do');
    commitLocalName(repo, 'acme/three');
    mkdirSync(join(sources, 'acme'), { recursive: true });
    writeFileSync(join(sources, 'acme', 'three.tar.gz'), githubTarball('acme-three-0123456', { 'x.go': 'package x\n' }));
    expect((await run('run', '--sources', sources)).out).toMatch(/: 1 computed, 2 reused/);
  });

  it('records without an engine field are the first engine: reused by it', async () => {
    const records = git(repo, 'show', 'tusk/main:stats/records.jsonl').replaceAll(`,"engine":${ENGINE_VERSION}`, '');
    await commitOnDataBranch(repo, { 'stats/records.jsonl': `${records}\n` }, git(repo, 'log', '-1', '--format=%B', 'tusk/main'));
    commitLocalName(repo, 'acme/three');
    const result = await run('run', '--sources', sources);
    // acme/three has no source: it is computed, and fails; the two legacy records are reused as they are.
    expect(result.out).toMatch(ENGINE_VERSION === 1 ? /: 1 computed, 2 reused, 1 failed/ : /: 3 computed, 0 reused, 1 failed/);
  });

  it('--force computes exactly the named datums again and says so in the commit', async () => {
    const forced = await run('run', '--sources', sources, '--force', 'ACME/two');
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/: 1 computed, 1 reused, 0 failed; rows \+0 -0 ~0/);
    const message = git(repo, 'log', '-1', '--format=%B', 'tusk/main');
    expect(message).toContain('Computed again by request: acme/two');
    expect(message).toContain('(1 computed, 1 reused, 0 failed)');
    expect(message).toMatch(/^Tusk-Forced: 1$/m);

    const all = await run('run', '--sources', sources, '--force-all');
    expect(all.out).toMatch(/: 2 computed, 0 reused/);
    expect(git(repo, 'log', '-1', '--format=%B', 'tusk/main')).toMatch(/^Tusk-Forced: 2$/m);
    expect(git(repo, 'rev-list', '--count', 'tusk/main')).toBe('3');
  });

  it('a bad --force name is a usage error and commits nothing', async () => {
    const head = git(repo, 'rev-parse', 'tusk/main');
    const bad = await run('run', '--sources', sources, '--force', 'not a name');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--force: "not a name" is not a GitHub repository name');
    const both = await run('run', '--sources', sources, '--force', 'acme/one', '--force-all');
    expect(both.code).toBe(2);
    expect(git(repo, 'rev-parse', 'tusk/main')).toBe(head);
  });
});

function commitLocalName(repo: string, name: string): void {
  writeFileSync(join(repo, 'projects.txt'), `${git(repo, 'show', 'HEAD:projects.txt')}\n${name}\n`);
  git(repo, 'commit', '--quiet', '-am', `add ${name}`);
}
