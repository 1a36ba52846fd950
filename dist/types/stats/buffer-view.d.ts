/** `bytes` as a Buffer over the same memory (no copy), for Buffer's decoding and searching. */
export declare function bufferView(bytes: Uint8Array): Buffer;
