/**
 * The engine's numbers on a fixed corpus, against the figures its version made: a change of the
 * numbers that does not bump ENGINE_VERSION would leave every old record reused as if nothing
 * had changed. To accept a change, bump ENGINE_VERSION in src/stats/engine-version.ts and write
 * the figures anew: UPDATE_ENGINE_OUTPUT=1 npm test -- test/stats/engine-output.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION } from '../../src/stats/engine-version.js';
import { localSourceRecord } from '../../src/stats/path-stats.js';
import { tempDir } from '../support/temp-dir.js';
import { goModCases } from './go-mod-cases.js';
import { importCases } from './import-cases.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIGURES = join(ROOT, 'test', 'stats', 'engine-output.json');

interface Figures {
  engine: number;
  outputs: Record<string, [files: number | null, lines: number | null, deps: number | null, unparsed: number | null, error: string | null]>;
}

/** Every source of the corpus: the demo's real repositories, and a small repository for each scanner and go.mod case. */
async function corpus(dir: string): Promise<{ name: string; repo: string; path: string }[]> {
  const sources = ['gorilla/mux', 'spf13/cobra', 'google/go-cmp', 'sirupsen/logrus', 'pkg/errors'].map((repo) => ({
    name: repo,
    repo,
    path: join(ROOT, 'demo', 'sources', `${repo}.tar.gz`),
  }));
  for (const [i, c] of importCases.entries()) {
    const path = join(dir, `imports-${i}`);
    await mkdir(path, { recursive: true });
    await writeFile(join(path, 'case.go'), c.src);
    sources.push({ name: `import case: ${c.name}`, repo: 'case/imports', path });
  }
  for (const [i, c] of goModCases.entries()) {
    const path = join(dir, `gomod-${i}`);
    await mkdir(path, { recursive: true });
    await writeFile(join(path, 'go.mod'), c.content);
    const own = c.modules[0] ?? 'example.com/none';
    await writeFile(join(path, 'main.go'), `package main\n\nimport (\n\t"${own}/sub"\n\t"other.example/dep"\n)\n`);
    sources.push({ name: `go.mod case: ${c.name}`, repo: 'case/gomod', path });
  }
  return sources;
}

/** One source a line, so that a change of the figures reads as the lines it touches. */
function formatFigures(figures: Figures): string {
  const lines = Object.entries(figures.outputs).map(([name, output]) => `  ${JSON.stringify(name)}: ${JSON.stringify(output)}`);
  return `{\n "engine": ${figures.engine},\n "outputs": {\n${lines.join(',\n')}\n }\n}\n`;
}

describe('the stats engine, against the figures of its version', () => {
  it(`gives on the corpus exactly what engine ${ENGINE_VERSION} gave, or has a new version`, async () => {
    const dir = tempDir();
    try {
      const outputs: Figures['outputs'] = {};
      for (const source of await corpus(dir.path)) {
        const record = await localSourceRecord({ repo: source.repo, path: source.path });
        outputs[source.name] = [record.files, record.lines, record.deps, record.unparsed, record.error];
      }
      const figures: Figures = { engine: ENGINE_VERSION, outputs };
      if (process.env.UPDATE_ENGINE_OUTPUT === '1' || !existsSync(FIGURES)) writeFileSync(FIGURES, formatFigures(figures));
      const recorded = JSON.parse(readFileSync(FIGURES, 'utf8')) as Figures;
      const changed = Object.keys(outputs).filter((name) => JSON.stringify(outputs[name]) !== JSON.stringify(recorded.outputs[name]));
      if (recorded.engine === ENGINE_VERSION) {
        // The same version must give the same numbers.
        expect({ changedWithoutANewVersion: changed }).toEqual({ changedWithoutANewVersion: [] });
      } else {
        throw new Error(`ENGINE_VERSION is ${ENGINE_VERSION} but the figures are engine ${recorded.engine}'s: write them anew (see this file's head)`);
      }
      expect(Object.keys(recorded.outputs).sort()).toEqual(Object.keys(outputs).sort());
    } finally {
      dir.cleanup();
    }
  });
});
