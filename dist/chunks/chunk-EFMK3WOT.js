import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/store/repo-backend.ts
function byteLengthOf(content) {
  if (typeof content === "string") return Buffer.byteLength(content);
  let length = 0;
  for (const piece of content) length += piece.byteLength;
  return length;
}
var NotFoundError = class extends Error {
  name = "NotFoundError";
};

// src/runtime/garbage-collection.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var collector = null;
function collectGarbage(type) {
  collector ??= exposedCollector();
  collector({ type, execution: "sync" });
}
function exposedCollector() {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc");
    setFlagsFromString("--no-expose-gc");
    return gc;
  } catch {
    return () => {
    };
  }
}

// src/github/blob-body.ts
var SLICE_BYTES = 3 * 128 * 1024;
var COLLECT_EVERY_BYTES = 4 * 1024 * 1024;
var HEAD = '{"encoding":"base64","content":"';
var TAIL = '"}';
var BlobBody = class {
  /** The body's length in bytes. */
  length;
  /** Not a plain object, which Octokit would send as JSON of its fields. */
  [Symbol.toStringTag] = "BlobBody";
  content;
  constructor(content) {
    this.content = content;
    this.length = HEAD.length + 4 * Math.ceil(byteLengthOf(content) / 3) + TAIL.length;
  }
  async *[Symbol.asyncIterator]() {
    yield* this.pieces();
  }
  /** The whole body in one buffer: for the rare send that fetch must be able to repeat. */
  joined() {
    return Buffer.concat([...this.pieces()], this.length);
  }
  *pieces() {
    yield Buffer.from(HEAD, "latin1");
    let sent = 0;
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
      const whole = bytes.length - bytes.length % 3;
      for (let start = 0; start < whole; start += SLICE_BYTES) {
        const slice = bytes.subarray(start, Math.min(start + SLICE_BYTES, whole));
        yield base64(slice);
        sent += slice.length;
        if (sent >= COLLECT_EVERY_BYTES) {
          collectGarbage("minor");
          sent = 0;
        }
      }
      carry = Buffer.from(bytes.subarray(whole));
    }
    if (carry.length > 0) yield base64(carry);
    yield Buffer.from(TAIL, "latin1");
  }
};
function base64(bytes) {
  return Buffer.from(bytes.toString("base64"), "latin1");
}

export {
  __require,
  __commonJS,
  __toESM,
  byteLengthOf,
  NotFoundError,
  collectGarbage,
  BlobBody
};
