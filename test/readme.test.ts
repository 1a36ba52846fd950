import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { git } from './support/git-fixtures.js';
import { tempDir } from './support/temp-dir.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README's fenced blocks of a language, in order. */
function blocks(language: string): string[] {
  return [...README.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

/** A folder with a `tusk` command on it, as an installed package gives. */
function tuskOnPath(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'tusk'), `#!/bin/sh\nexec node ${JSON.stringify(join(ROOT, 'dist', 'cli.js'))} "$@"\n`);
  chmodSync(join(bin, 'tusk'), 0o755);
  return `${bin}:${process.env.PATH}`;
}

const SOURCES = join(ROOT, 'demo', 'sources');

describe('the README, run as written', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir('tusk-readme-')));
  afterEach(() => dir.cleanup());

  it('opens with the main command and the test command', () => {
    const [first] = blocks('sh');
    const commands = first!
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npx tusk demo', 'npm run check']);
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toContain('\nnpm run check\n');
  });

  it('npx tusk demo runs the pipeline twice and shows log, diff and results', () => {
    const demoDir = join(dir.path, 'demo');
    const out = execFileSync('bash', ['-c', `npx tusk demo ${demoDir}`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_yes: 'false' } });
    expect(out).toMatch(/: 4 computed, 0 reused, 0 failed; rows \+4 -0 ~0/);
    expect(out).toMatch(/: 1 computed, 4 reused, 0 failed; rows \+1 -0 ~0/);
    expect(out).toMatch(/added\s+google\/go-cmp/);
    expect(out).toContain('google/go-cmp, 0, 12573\n');
    expect(git(demoDir, 'rev-list', '--count', 'tusk/main')).toBe('2');
  });

  it('the CLI walk through works as written', () => {
    const walk = blocks('sh').find((block) => block.startsWith('git init'))!;
    const out = execFileSync('bash', ['-euo', 'pipefail', '-c', walk], {
      cwd: dir.path,
      encoding: 'utf8',
      env: { ...process.env, PATH: tuskOnPath(dir.path), TUSK_DEMO_SOURCES: SOURCES },
    });
    expect(out).toContain('gorilla/mux, 0, 6661\npkg/errors, 0, 2108\n'); // get --input-commit: the first version
    expect(out).toMatch(/added\s+spf13\/cobra\s+4\s+14,378/);
    expect(out).toMatch(/DATA\s+INPUT\s+MODE/);
  });

  it('the library example runs as written', () => {
    const [example] = blocks('js');
    const project = join(dir.path, 'feeder');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(project, 'node_modules', 'tusk'));
    writeFileSync(join(project, 'feeder.mjs'), example!);
    const data = join(dir.path, 'data');
    mkdirSync(data);
    git(data, 'init', '--quiet', '--initial-branch=main');
    git(data, 'commit', '--quiet', '--allow-empty', '-m', 'start');
    const out = execFileSync('node', ['feeder.mjs'], { cwd: project, encoding: 'utf8', env: { ...process.env, DATA_REPO: data, TUSK_DEMO_SOURCES: SOURCES } });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^pkg\/errors: data commit [0-9a-f]{7}, 1 computed, 0 reused$/);
    expect(lines[2]).toMatch(/^sirupsen\/logrus: data commit [0-9a-f]{7}, 1 computed, 2 reused$/);
    expect(lines[3]).toMatch(/^[0-9a-f]{7} gorilla\/mux=6661 pkg\/errors=2108 sirupsen\/logrus=5811$/);
    expect(lines[5]).toMatch(/^[0-9a-f]{7} pkg\/errors=2108$/);
  });
});
