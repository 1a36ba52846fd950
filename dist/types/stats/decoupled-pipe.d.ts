import type { Readable } from 'node:stream';
interface Sink {
    write(chunk: Buffer): unknown;
    end(): unknown;
}
/**
 * Pipes `source` into `sink`, handing chunks over on a later turn of the event loop. zlib emits
 * each output chunk before it starts inflating the next one, so a synchronous consumer keeps
 * the inflater idle; deferring the hand-over lets inflating (on libuv's thread pool) and
 * parsing (on the main thread) overlap. At most a few chunks wait, so memory stays bounded.
 * What the sink throws goes to `onError`, since nothing up the stack of a deferred call can catch it.
 */
export declare function decoupledPipe(source: Readable, sink: Sink, onError: (error: unknown) => void): void;
export {};
