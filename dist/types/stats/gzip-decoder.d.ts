import { Transform, type TransformCallback } from 'node:stream';
/**
 * Inflates a gzip stream the way `gzip -d` reads one (RFC 1952): members one after another as
 * one stream, each checked against its trailer, and bytes after a member that do not start
 * another one ignored as trailing garbage. Node's gunzip rejects those bytes, and drops the last
 * output before them with its error; here zlib's raw inflater (on the thread pool, as there)
 * inflates each member, and the framing around it is read in this file.
 */
/** A gzip stream that cannot be read; the message says why, in gzip's and zlib's words. */
export declare class GzipError extends Error {
    name: string;
}
export declare class GzipDecoder extends Transform {
    private phase;
    private header;
    private inflater;
    private members;
    private crc;
    /** Output not yet in `crc`, checked later so that the inflater's next step need not wait for it. */
    private unchecked;
    private size;
    private outputSinceYoung;
    private outputSinceMajor;
    private membersSinceMajor;
    private readonly trailer;
    private trailerLength;
    /** Input bytes before the current chunk. */
    private position;
    /** Where the last member ended in the input. */
    private memberEnd;
    /** Where bytes that are not gzip follow the last member, or -1. */
    trailingGarbageAt: number;
    _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void;
    _flush(callback: TransformCallback): void;
    _read(size: number): void;
    _destroy(error: Error | null, callback: (error?: Error | null) => void): void;
    /** Reads `chunk` from `offset`, through as many members as it holds; calls `done` once all of it is read. */
    private consume;
    private readHeader;
    private startBody;
    /** Hands the rest of `chunk` to the inflater; it takes less than all only where the member's deflate data ends. */
    private inflate;
    private collectAfterOutput;
    private collectAfterMember;
    private updateCrc;
    private readTrailer;
}
