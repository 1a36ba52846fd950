import { goModulePaths } from '../../src/stats/go-mod.js';
import { goModCases } from './go-mod-cases.js';

describe('goModulePaths', () => {
  it.each(goModCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(goModulePaths(c.content)).toEqual(c.modules);
  });
});
