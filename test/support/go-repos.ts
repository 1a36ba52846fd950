import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubEmulator } from './github-emulator/index.js';

/** A small Go repository whose stats are known by construction. */
export interface GoRepoSpec {
  owner: string;
  repo: string;
  /** Import paths that are dependencies (each has a dot in its first element). */
  deps: string[];
  /** Lines of the one Go file beyond its header. */
  bodyLines: number;
}

export interface ExpectedStats {
  files: number;
  lines: number;
  deps: number;
}

/** The Go file of a spec: a package clause, the imports, then `bodyLines` lines. */
export function goFile(spec: GoRepoSpec): string {
  const imports = ['"fmt"', ...spec.deps.map((d) => `"${d}"`), `"github.com/${spec.owner}/${spec.repo}/internal"`];
  const header = `package main\n\nimport (\n${imports.map((i) => `\t${i}\n`).join('')})\n`;
  return header + Array.from({ length: spec.bodyLines }, (_, i) => `// line ${i}\n`).join('');
}

export function expectedStats(spec: GoRepoSpec): ExpectedStats {
  const lines = goFile(spec).split('\n').length - 1;
  return { files: 2, lines: lines + 1, deps: spec.deps.length };
}

/** Creates the repository on the emulator with its Go files; returns its head commit. */
export async function seedGoRepo(emulator: GitHubEmulator, spec: GoRepoSpec): Promise<string> {
  await emulator.createRepo(spec.owner, spec.repo);
  return emulator.commitFiles(
    spec.owner,
    spec.repo,
    'main',
    {
      'main.go': goFile(spec),
      'internal/x.go': 'package internal\n', // one line; its module's own import is no dependency
      'vendor/v.go': 'package v\nimport "example.com/vendored"\n',
      'README.md': `# ${spec.repo}\n`,
    },
    'source',
  );
}

/** Writes each spec's files as a directory `owner/repo` under `dir`: offline sources, as `tusk run --sources` reads them. */
export function writeGoSources(dir: string, specs: GoRepoSpec[]): void {
  for (const spec of specs) {
    const root = join(dir, spec.owner, spec.repo);
    mkdirSync(join(root, 'internal'), { recursive: true });
    writeFileSync(join(root, 'main.go'), goFile(spec));
    writeFileSync(join(root, 'internal', 'x.go'), 'package internal\n');
  }
}

/** `count` specs `owner/r0`, `owner/r1`...: each with its own number of lines, so every datum is told apart. */
export function numberedSpecs(owner: string, count: number): GoRepoSpec[] {
  return Array.from({ length: count }, (_, i) => ({ owner, repo: `r${i}`, deps: i % 2 === 0 ? [] : ['example.com/x'], bodyLines: i + 1 }));
}
