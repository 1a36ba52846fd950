import type { Readable } from 'node:stream';

interface Sink {
  write(chunk: Buffer): unknown;
  end(): unknown;
}

const MAX_QUEUED_CHUNKS = 8;

/**
 * Pipes `source` into `sink`, handing chunks over on a later turn of the event loop. zlib emits
 * each output chunk before it starts inflating the next one, so a synchronous consumer keeps
 * the inflater idle; deferring the hand-over lets inflating (on libuv's thread pool) and
 * parsing (on the main thread) overlap. At most a few chunks wait, so memory stays bounded.
 * What the sink throws goes to `onError`, since nothing up the stack of a deferred call can catch it.
 */
export function decoupledPipe(source: Readable, sink: Sink, onError: (error: unknown) => void): void {
  const queue: Buffer[] = [];
  let scheduled = false;
  let ended = false;

  const drain = (): void => {
    scheduled = false;
    try {
      for (let chunk = queue.shift(); chunk; chunk = queue.shift()) sink.write(chunk);
      if (ended) sink.end();
      else source.resume();
    } catch (error) {
      queue.length = 0;
      onError(error);
    }
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };

  source.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    if (queue.length >= MAX_QUEUED_CHUNKS) source.pause();
    schedule();
  });
  source.on('end', () => {
    ended = true;
    schedule();
  });
}
