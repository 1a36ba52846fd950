// Fails when the committed dist/ is not what a fresh build of src/ produces: GitHub runs dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'tusk-dist-'));
const fresh = join(scratch, 'dist');
try {
  execFileSync('node', ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  execFileSync('diff', ['-r', '-q', 'dist', fresh], { stdio: 'inherit' });
  console.log('dist/ is current');
} catch {
  console.error('dist/ differs from a fresh build of src/: run `npm run build` and commit dist/.');
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
