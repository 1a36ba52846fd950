import type { ServerResponse } from 'node:http';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Passes the first `bytes` bytes, then holds the next chunk forever: backpressure stops the source. */
function stallAfter(bytes: number): Transform {
  let left = bytes;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (left <= 0) return;
      const part = chunk.subarray(0, left);
      left -= part.length;
      this.push(part);
      if (left > 0) done();
    },
  });
}

/**
 * Sends the start of a body and then nothing, with the connection left open, until the client
 * gives up or the emulator closes: a download that stalls midway.
 */
export async function sendStalled(response: ServerResponse, body: Readable | Buffer | string | undefined, bytes: number): Promise<void> {
  const source = body instanceof Readable ? body : Readable.from(body === undefined ? [] : [Buffer.from(body)]);
  await pipeline(source, stallAfter(bytes), response).catch(() => response.destroy());
}
