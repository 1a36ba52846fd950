// The worker thread behind spawnSyncThroughHelper (spawner.ts): it waits on the helper for the
// thread that sleeps, then wakes it. Node loads spawner.ts itself here, stripping its types.
import { workerData } from 'node:worker_threads';
import { spawnThroughHelper } from './spawner.ts';

const { port, done } = workerData;

port.on('message', async ({ command, args, env, input }) => {
  try {
    port.postMessage({ result: await spawnThroughHelper(command, args, env, input) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
