/**
 * docs/contract.md is what code and tests cite for the rules they implement: every section they
 * cite exists, its numbering is in order, and the README sends readers to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runCli } from '../src/cli/main.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONTRACT = readFileSync(join(ROOT, 'docs', 'contract.md'), 'utf8');

/** `1`, `1.1`, ...: the numbers of the contract's section headings, in order. */
function sectionNumbers(markdown: string): string[] {
  return [...markdown.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm)].map((match) => match[1]!);
}

/** Every `.ts`, `.mjs` and `.mts` file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|mts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The sections a text cites: each `§N.N` on a line that names docs/contract.md. */
function citations(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.includes('docs/contract.md'))
    .flatMap((line) => [...line.matchAll(/§(\d+(?:\.\d+)*)/g)].map((match) => match[1]!));
}

describe('docs/contract.md', () => {
  const sections = sectionNumbers(CONTRACT);

  it('numbers its sections in order: 1, 1.1, 1.2, 2, 2.1...', () => {
    expect(sections.length).toBeGreaterThan(20);
    const expected: string[] = [];
    let counters: number[] = [];
    for (const number of sections) {
      const depth = number.split('.').length;
      counters = counters.slice(0, depth);
      while (counters.length < depth) counters.push(0);
      counters[depth - 1]!++;
      expected.push(counters.join('.'));
    }
    expect(sections).toEqual(expected);
  });

  it('has every section that src/, test/, scripts/ and the README cite, and so do its own references', () => {
    const cited = ['src', 'test', 'scripts'].flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).flatMap((file) => citations(readFileSync(file, 'utf8')).map((section) => ({ file: relative(ROOT, file), section }))),
    );
    const readme = citations(readFileSync(join(ROOT, 'README.md'), 'utf8')).map((section) => ({ file: 'README.md', section }));
    cited.push(...readme);
    expect(cited.length).toBeGreaterThan(20);
    const ownReferences = [...CONTRACT.matchAll(/§(\d+(?:\.\d+)*)/g)].map((match) => ({ file: 'docs/contract.md', section: match[1]! }));
    const missing = [...cited, ...ownReferences].filter(({ section }) => !sections.includes(section));
    expect(missing).toEqual([]);
  });

  it('is what code cites, not a document outside the repository', () => {
    // Spelled in two pieces, so that this file does not cite it.
    const outside = new RegExp(`\\bSPEC${' '}§`);
    const stale = ['src', 'test'].flatMap((dir) =>
      sourceFiles(join(ROOT, dir))
        .filter((file) => outside.test(readFileSync(file, 'utf8')))
        .map((file) => relative(ROOT, file)),
    );
    expect(stale).toEqual([]);
  });

  it('names every input and output of action.yml in its tables (§3.2, §3.3)', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const names = [...Object.keys(action.inputs), ...Object.keys(action.outputs)];
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !new RegExp(`^\\| (?:\`[a-z-]+\`, )*\`${name}\``, 'm').test(CONTRACT))).toEqual([]);
  });

  it('has a section for every command of the CLI (§8)', async () => {
    const help: string[] = [];
    await runCli(['--help'], { out: (line) => help.push(line), err: () => {}, progress: () => {}, isTTY: false, env: {}, cwd: ROOT });
    const commands = [...help.join('\n').matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1]!).filter((command) => command !== 'help');
    expect(commands.length).toBeGreaterThan(5);
    expect(commands.filter((command) => !new RegExp(`^### 8\\.\\d+ \`tusk ${command}\\b`, 'm').test(CONTRACT))).toEqual([]);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/\]\(docs\/contract\.md\)/);
  });
});
