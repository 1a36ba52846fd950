import { collectGarbage } from '../runtime/garbage-collection.js';
import { byteLengthOf, type FileBytes } from '../store/repo-backend.js';

/** Bytes of content encoded at a time: a multiple of 3, so that the slices' base64 joins up. */
const SLICE_BYTES = 3 * 128 * 1024;
/** Base64 sent between collections of the young generation, where the slices sent die. */
const COLLECT_EVERY_BYTES = 4 * 1024 * 1024;
const HEAD = '{"encoding":"base64","content":"';
const TAIL = '"}';

/**
 * The JSON body of a new blob (`POST /repos/{owner}/{repo}/git/blobs`), made as it is sent: the
 * content in base64, a slice at a time. No string of the whole file (20 MB at 100,000
 * repositories) and no buffer of the whole body is made, where fetch would copy a buffer body
 * before sending it. Its length is known beforehand, so it goes with a Content-Length like any
 * other body. Each send (a retry too) starts again from the beginning. timed-fetch.ts sends it
 * so that fetch keeps no copy of it either.
 */
export class BlobBody implements AsyncIterable<Uint8Array> {
  /** The body's length in bytes. */
  readonly length: number;
  /** Not a plain object, which Octokit would send as JSON of its fields. */
  readonly [Symbol.toStringTag] = 'BlobBody';
  private readonly content: FileBytes;

  constructor(content: FileBytes) {
    this.content = content;
    this.length = HEAD.length + 4 * Math.ceil(byteLengthOf(content) / 3) + TAIL.length;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    yield* this.pieces();
  }

  /** The whole body in one buffer: for the rare send that fetch must be able to repeat. */
  joined(): Buffer {
    return Buffer.concat([...this.pieces()], this.length);
  }

  private *pieces(): Generator<Buffer> {
    yield Buffer.from(HEAD, 'latin1');
    // A slice's buffer is freed only when V8 collects the small object holding it, which it would
    // put off until tens of megabytes of sent slices had piled up (as for the gzip decoder's chunks).
    let sent = 0;
    // Bytes left over from the piece before, which a whole group of three is still to be made of.
    let carry = Buffer.alloc(0);
    for (const piece of this.content) {
      let bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      if (carry.length > 0) {
        const taken = bytes.subarray(0, 3 - carry.length);
        carry = Buffer.concat([carry, taken]);
        bytes = bytes.subarray(taken.length);
        if (carry.length < 3) continue;
        yield base64(carry);
      }
      const whole = bytes.length - (bytes.length % 3);
      for (let start = 0; start < whole; start += SLICE_BYTES) {
        const slice = bytes.subarray(start, Math.min(start + SLICE_BYTES, whole));
        yield base64(slice);
        sent += slice.length;
        if (sent >= COLLECT_EVERY_BYTES) {
          collectGarbage('minor');
          sent = 0;
        }
      }
      carry = Buffer.from(bytes.subarray(whole));
    }
    if (carry.length > 0) yield base64(carry);
    yield Buffer.from(TAIL, 'latin1');
  }
}

function base64(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString('base64'), 'latin1');
}
