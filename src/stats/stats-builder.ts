import type { Stats } from './record.js';
import { goModulePaths } from './go-mod.js';
import type { ImportScan } from './go-imports.js';
import { BoundedPathSet } from './bounded-path-set.js';
import { MAX_IMPORT_PATHS, MAX_IMPORT_PATH_BYTES, MAX_MODULE_PATHS, MAX_MODULE_PATH_BYTES } from './limits.js';

/** Go's build.IsLocalImport: relative paths name no dependency. */
function isLocalImport(path: string): boolean {
  return path === '.' || path === '..' || path.startsWith('./') || path.startsWith('../');
}

/** Whether `path` is one of `modules` or below one: each of its prefixes that ends before a `/`, and itself, looked up once. */
function isInModules(path: string, modules: BoundedPathSet): boolean {
  if (modules.has(path)) return true;
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    if (modules.has(path.slice(0, slash))) return true;
  }
  return false;
}

/** Collects per-file facts of one source tree and turns them into its stats (docs/contract.md §2). */
export class StatsBuilder {
  private files = 0;
  private lines = 0;
  private unparsed = 0;
  private readonly imports = new BoundedPathSet('distinct import paths', MAX_IMPORT_PATHS, MAX_IMPORT_PATH_BYTES);
  private readonly modules = new BoundedPathSet('distinct module paths', MAX_MODULE_PATHS, MAX_MODULE_PATH_BYTES);

  addGoFile(lines: number, scan: ImportScan): void {
    this.files++;
    this.lines += lines;
    if (scan.status === 'ok') for (const path of scan.imports) this.imports.add(path);
    else this.unparsed++;
  }

  addGoMod(content: string): void {
    for (const path of goModulePaths(content)) this.modules.add(path);
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
      return !isInModules(path, this.modules);
    };
    let deps = 0;
    for (const path of this.imports) if (isDependency(path)) deps++;
    return { files: this.files, lines: this.lines, deps, unparsed: this.unparsed };
  }
}
