import { Transform } from 'node:stream';
/** A stream that fails once more than `maxBytes` have passed through it. */
export declare function sizeLimit(maxBytes: number, tooLarge: () => Error): Transform;
