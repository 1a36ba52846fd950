// `npm run build:wasm`: compiles src/stats/newline-count.wat into the base64 module that
// src/stats/newline-count-wasm.ts embeds (esbuild and the tests then need no .wasm loader).
// test/stats/newline-count.test.ts fails when the embedded module is not this build of the source.
import wabtModule from 'wabt';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = 'src/stats/newline-count.wat';

/** The TypeScript module that embeds the compiled source. */
export async function embeddedModule() {
  const wabt = await wabtModule();
  const parsed = wabt.parseWat(SOURCE, readFileSync(`${root}${SOURCE}`, 'utf8'), { simd: true });
  parsed.validate();
  const base64 = Buffer.from(parsed.toBinary({}).buffer).toString('base64');
  return `// Generated from newline-count.wat by scripts/build-wasm.mjs: do not edit.\nexport const NEWLINE_COUNT_WASM = '${base64}';\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${root}src/stats/newline-count-wasm.ts`, await embeddedModule());
}
