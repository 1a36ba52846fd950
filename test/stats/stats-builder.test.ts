import fc from 'fast-check';
import { LimitExceeded, MAX_IMPORT_PATHS, MAX_MODULE_PATHS, MAX_MODULE_PATH_BYTES } from '../../src/stats/limits.js';
import { StatsBuilder } from '../../src/stats/stats-builder.js';

/** docs/contract.md §2.4 (c) as written: a path equal to or below a module path is the repository's own. */
function referenceDeps(imports: string[], modules: string[]): number {
  const own = (path: string) => modules.some((m) => path === m || path.startsWith(`${m}/`));
  return new Set(imports.filter((path) => path.split('/', 1)[0]!.includes('.') && !own(path))).size;
}

describe('StatsBuilder', () => {
  it('excludes exactly the paths equal to or below a module path', () => {
    const segment = fc.constantFrom('a.com', 'b.org', 'x', 'y', 'x.y', '', 'Z');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(
        fc.array(path, { maxLength: 20 }),
        fc.array(
          path.filter((p) => p !== ''),
          { maxLength: 5 },
        ),
        (imports, modules) => {
          const builder = new StatsBuilder();
          for (const module of modules) builder.addGoMod(`module "${module}"\n`);
          builder.addGoFile(1, { status: 'ok', imports });
          expect(builder.finish('owner/repo').deps).toBe(referenceDeps(imports, modules));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts each distinct import path once, up to the limit for a repository', () => {
    const builder = new StatsBuilder();
    const paths = Array.from({ length: MAX_IMPORT_PATHS }, (_, i) => `x.com/${i}`);
    builder.addGoFile(1, { status: 'ok', imports: paths });
    builder.addGoFile(1, { status: 'ok', imports: paths });
    expect(builder.finish('owner/repo')).toEqual({ files: 2, lines: 2, deps: MAX_IMPORT_PATHS, unparsed: 0 });
    expect(() => builder.addGoFile(1, { status: 'ok', imports: ['x.com/one-more'] })).toThrow(
      new LimitExceeded(`more than ${MAX_IMPORT_PATHS} distinct import paths (the limit for one repository)`),
    );
  });

  it('holds at most the limit of module paths, in number and in bytes', () => {
    const builder = new StatsBuilder();
    for (let i = 0; i < MAX_MODULE_PATHS; i++) builder.addGoMod(`module x.com/${i}\n`);
    builder.addGoMod('module x.com/0\n'); // not a new one
    expect(() => builder.addGoMod('module x.com/one-more\n')).toThrow(`more than ${MAX_MODULE_PATHS} distinct module paths (the limit for one repository)`);
    const long = new StatsBuilder();
    const path = `x.com/${'p'.repeat(1 << 20)}`;
    expect(() => {
      for (let i = 0; i <= MAX_MODULE_PATH_BYTES >> 20; i++) long.addGoMod(`module ${path}${i}\n`);
    }).toThrow(`distinct module paths longer than ${MAX_MODULE_PATH_BYTES} bytes in all (the limit for one repository)`);
  });
});
