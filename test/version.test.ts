import { readFileSync } from 'node:fs';
import { TUSK_VERSION } from '../src/version.js';

describe('the version data commits name', () => {
  it("is the package's", () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TUSK_VERSION).toBe(pkg.version);
  });
});
