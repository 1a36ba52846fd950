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
