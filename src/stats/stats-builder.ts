import type { Stats } from './record.js';
import { goModulePaths } from './go-mod.js';
import type { ImportScan } from './go-imports.js';

/** Go's build.IsLocalImport: relative paths name no dependency. */
function isLocalImport(path: string): boolean {
  return path === '.' || path === '..' || path.startsWith('./') || path.startsWith('../');
}

/** Collects per-file facts of one source tree and turns them into its stats (SPEC §2). */
export class StatsBuilder {
  private files = 0;
  private lines = 0;
  private unparsed = 0;
  private readonly imports = new Set<string>();
  private readonly modules: string[] = [];

  addGoFile(lines: number, scan: ImportScan): void {
    this.files++;
    this.lines += lines;
    if (scan.status === 'ok') for (const path of scan.imports) this.imports.add(path);
    else this.unparsed++;
  }

  addGoMod(content: string): void {
    this.modules.push(...goModulePaths(content));
  }

  /** @param repo `owner/repo`, whose own `github.com/owner/repo` paths are not dependencies */
  finish(repo: string): Stats {
    const own = `github.com/${repo}`.toLowerCase();
    const isDependency = (path: string): boolean => {
      const first = path.split('/', 1)[0]!;
      if (!first.includes('.')) return false; // standard library, and cgo's "C"
      if (isLocalImport(path)) return false;
      const lower = path.toLowerCase();
      if (lower === own || lower.startsWith(`${own}/`)) return false;
      return !this.modules.some((m) => path === m || path.startsWith(`${m}/`));
    };
    let deps = 0;
    for (const path of this.imports) if (isDependency(path)) deps++;
    return { files: this.files, lines: this.lines, deps, unparsed: this.unparsed };
  }
}
