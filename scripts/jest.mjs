/**
 * `npm test`: jest on the Node that action.yml names, where GitHub runs the action and CI runs the
 * tests (.node-version), whatever Node is at hand (fetched once when it is another major).
 * Arguments go to jest; its exit code is this script's.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionNode } from './action-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = actionNode(root, (line) => console.error(line)).path;
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const scratch = memoryScratch();
const child = spawn(node, [jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...(scratch && { TMPDIR: scratch }),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
  },
});
// Ctrl-C reaches jest through the terminal too; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});

/**
 * A scratch folder in memory for the tests' temporary files, unless TMPDIR names a place already.
 * The tests create and delete tens of thousands of files (git repositories, runners' folders,
 * tarballs), and on a disk's file system each costs the kernel inode and journal work: side by
 * side here, jest took 122 and 129 s with them on ext4, 118 and 111 s in /dev/shm (tmpfs, on every
 * Linux). A run keeps under 100 MB there, and nothing a test checks depends on where it is.
 */
function memoryScratch() {
  const TMPFS_MAGIC = 0x01021994;
  if (process.env.TMPDIR) return null;
  try {
    if (statfsSync('/dev/shm').type !== TMPFS_MAGIC) return null;
    return mkdtempSync(join('/dev/shm', 'tusk-tests-'));
  } catch {
    return null; // no /dev/shm, or not writable: the system's temporary folder
  }
}
