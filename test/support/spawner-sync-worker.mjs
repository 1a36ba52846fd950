// The worker thread behind spawnSyncThroughHelper (spawner.ts): it has the helper run each command
// while the thread that asked sleeps, then wakes it. Plain JavaScript, and a client of the jest
// worker's helper through its socket: a thread that imported spawner.ts would first have Node load
// its TypeScript stripper, which cost more than all the commands most test files run here.
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { workerData } from 'node:worker_threads';

const { port, done, helperSocket } = workerData;
const helper = connect(helperSocket);
helper.on('error', () => {}); // 'close' follows
/** The id of the request waiting for its reply: one at a time, as the thread that asked sleeps meanwhile. */
let pending = null;
let nextId = 0;

function answer(message) {
  pending = null;
  port.postMessage(message);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}

createInterface({ input: helper }).on('line', (line) => {
  const reply = JSON.parse(line);
  if (reply.id !== pending) return;
  if (reply.error !== undefined) answer({ error: reply.error });
  else answer({ result: { exitCode: reply.code, stdout: Buffer.from(reply.stdout, 'base64'), stderr: reply.stderr } });
});
helper.on('close', () => pending !== null && answer({ error: 'the spawner helper exited' }));

port.on('message', ({ command, args, env, input }) => {
  pending = nextId++;
  const encoded = input === undefined ? undefined : Buffer.from(input).toString('base64');
  helper.write(`${JSON.stringify({ id: pending, command, args, env, input: encoded })}\n`);
});
