// The worker thread behind spawnSyncThroughHelper (spawner.ts): it has the helper run each command
// while the thread that asked sleeps, then wakes it. Plain JavaScript, and a client of the helper
// of its own (the jest worker's, through its socket, or else one it starts): a thread that
// imported spawner.ts would first have Node load its TypeScript stripper, which cost more than
// all the commands most test files run here.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';

const { port, done, helperSocket } = workerData;
const { requests, replies, gone } = linkToHelper();
/** The id of the request waiting for its reply: one at a time, as the thread that asked sleeps meanwhile. */
let pending = null;
let nextId = 0;

function answer(message) {
  pending = null;
  port.postMessage(message);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}

createInterface({ input: replies }).on('line', (line) => {
  const reply = JSON.parse(line);
  if (reply.id !== pending) return;
  if (reply.error !== undefined) answer({ error: reply.error });
  else answer({ result: { exitCode: reply.code, stdout: Buffer.from(reply.stdout, 'base64'), stderr: reply.stderr } });
});
gone.then(() => pending !== null && answer({ error: 'the spawner helper exited' }));

port.on('message', ({ command, args, env, input }) => {
  pending = nextId++;
  const encoded = input === undefined ? undefined : Buffer.from(input).toString('base64');
  requests.write(`${JSON.stringify({ id: pending, command, args, env, input: encoded })}\n`);
});

function linkToHelper() {
  if (helperSocket !== undefined) {
    const socket = connect(helperSocket);
    socket.on('error', () => {}); // 'close' follows
    return { requests: socket, replies: socket, gone: new Promise((resolve) => socket.on('close', resolve)) };
  }
  const helper = spawn(process.execPath, [fileURLToPath(new URL('./spawner-helper.mjs', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  return { requests: helper.stdin, replies: helper.stdout, gone: new Promise((resolve) => helper.on('exit', resolve)) };
}
