import { type FileBytes } from '../store/repo-backend.js';
/**
 * The JSON body of a new blob (`POST /repos/{owner}/{repo}/git/blobs`), made as it is sent: the
 * content in base64, a slice at a time. No string of the whole file (20 MB at 100,000
 * repositories) and no buffer of the whole body is made, where fetch would copy a buffer body
 * before sending it. Its length is known beforehand, so it goes with a Content-Length like any
 * other body. Each send (a retry too) starts again from the beginning. timed-fetch.ts sends it
 * so that fetch keeps no copy of it either.
 */
export declare class BlobBody implements AsyncIterable<Uint8Array> {
    /** The body's length in bytes. */
    readonly length: number;
    /** Not a plain object, which Octokit would send as JSON of its fields. */
    readonly [Symbol.toStringTag] = "BlobBody";
    private readonly content;
    constructor(content: FileBytes);
    [Symbol.asyncIterator](): AsyncGenerator<Uint8Array>;
    /** The whole body in one buffer: for the rare send that fetch must be able to repeat. */
    joined(): Buffer;
    private pieces;
}
