/**
 * `npm test`: jest on the Node that action.yml names, where GitHub runs the action and CI runs the
 * tests (.node-version), whatever Node is at hand (fetched once when it is another major).
 * Arguments go to jest; its exit code is this script's.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { actionNode } from './action-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = actionNode(root, (line) => console.error(line)).path;
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const child = spawn(node, [jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ') },
});
// Ctrl-C reaches jest through the terminal too; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
