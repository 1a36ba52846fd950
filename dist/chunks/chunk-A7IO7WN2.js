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
var __copyProps = (to, from, except, desc2) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc2 = __getOwnPropDesc(from, key)) || desc2.enumerable });
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
var NotFoundError = class extends Error {
  name = "NotFoundError";
};

// src/names/repo-name.ts
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var REPO = /^[A-Za-z0-9._-]{1,100}$/;
var PREFIXES = ["https://github.com/", "github.com/"];
function canonicalName(text) {
  let rest = text;
  const prefix = PREFIXES.find((p) => rest.toLowerCase().startsWith(p));
  if (prefix) rest = rest.slice(prefix.length);
  if (rest.endsWith("/")) rest = rest.slice(0, -1);
  if (rest.toLowerCase().endsWith(".git")) rest = rest.slice(0, -4);
  const parts = rest.split("/");
  if (parts.length !== 2) return null;
  const [owner, repo] = parts;
  if (!OWNER.test(owner) || !REPO.test(repo) || repo === "." || repo === "..") return null;
  return `${owner}/${repo}`;
}
function nameKey(name2) {
  return name2.toLowerCase();
}
var ASCII = /^[\x00-\x7f]*$/;
function compareBytes(a, b) {
  if (ASCII.test(a) && ASCII.test(b)) return compareCodeUnits(a, b);
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function keyComparison(keys) {
  return keys.every((key) => ASCII.test(key)) ? compareCodeUnits : compareBytes;
}
function byteOrder(keys, compare = keyComparison(keys)) {
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = compare(keys[i - 1], keys[i]) <= 0;
  if (sorted) return null;
  return keys.map((_, i) => i).sort((i, j) => compare(keys[i], keys[j]));
}
function sortByName(items, nameOf) {
  const list = [...items];
  const order = byteOrder(list.map((item) => nameKey(nameOf(item))));
  return order === null ? list : order.map((i) => list[i]);
}

// src/diff/model.ts
function distinctRecords(records) {
  const keys = records.map((record) => nameKey(record.repo));
  const compare = keyComparison(keys);
  const order = byteOrder(keys, compare);
  const distinct = { keys: [], records: [], compare };
  for (let n = 0; n < keys.length; n++) {
    const i = order === null ? n : order[n];
    if (keys[i] === distinct.keys[distinct.keys.length - 1]) continue;
    distinct.keys.push(keys[i]);
    distinct.records.push(records[i]);
  }
  return distinct;
}
function hasStats(record) {
  return record.error === null;
}
function assertNumbers(record) {
  if (record.deps === null || record.lines === null) {
    throw new Error(`the record of ${record.repo} has neither an error nor numbers`);
  }
}
function toRow(record) {
  assertNumbers(record);
  return { repo: record.repo, deps: record.deps, lines: record.lines };
}
function totalsOf(records) {
  const totals = { repositories: 0, deps: 0, lines: 0 };
  for (const record of records) {
    if (!hasStats(record)) continue;
    totals.repositories += 1;
    totals.deps += record.deps ?? 0;
    totals.lines += record.lines ?? 0;
  }
  return totals;
}
function failures(records) {
  const failed = [];
  for (const record of records) if (record.error !== null) failed.push({ repo: record.repo, error: record.error });
  return failed;
}
function change(before, after) {
  return { before, after, delta: after - before };
}
function compareInvalid(a, b) {
  return compareBytes(a.file, b.file) || a.line - b.line || compareBytes(a.text, b.text);
}
function diffData(before, after) {
  const old = distinctRecords(before.records);
  const now = distinctRecords(after.records);
  const compare = old.compare === now.compare ? now.compare : compareBytes;
  const diff = {
    added: [],
    removed: [],
    changed: [],
    unchanged: 0,
    totals: { before: totalsOf(old.records), after: totalsOf(now.records) },
    failed: failures(now.records),
    invalid: [...after.invalid].sort(compareInvalid)
  };
  let b = 0;
  const takeOld = () => old.records[b++];
  for (let a = 0; a < now.keys.length; a++) {
    const record = now.records[a];
    if (!hasStats(record)) continue;
    const key = now.keys[a];
    while (b < old.keys.length && (!hasStats(old.records[b]) || compare(old.keys[b], key) < 0)) {
      const gone = takeOld();
      if (hasStats(gone)) diff.removed.push(toRow(gone));
    }
    const row = toRow(record);
    if (b === old.keys.length || old.keys[b] !== key) {
      diff.added.push(row);
      continue;
    }
    const was = takeOld();
    assertNumbers(was);
    if (was.deps === row.deps && was.lines === row.lines) diff.unchanged += 1;
    else diff.changed.push({ repo: row.repo, deps: change(was.deps, row.deps), lines: change(was.lines, row.lines) });
  }
  for (; b < old.keys.length; b++) if (hasStats(old.records[b])) diff.removed.push(toRow(old.records[b]));
  return diff;
}
function isEmpty(diff) {
  const { added, removed, changed } = counts(diff);
  return added + removed + changed + diff.failed.length + diff.invalid.length === 0;
}
function counts(diff) {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}

// src/names/input-file.ts
function stripComment(line) {
  const hash = line.indexOf("#");
  return (hash === -1 ? line : line.slice(0, hash)).trim();
}
function parseInputFiles(files) {
  const seen = /* @__PURE__ */ new Map();
  const invalid = [];
  for (const file of files) {
    const lines = file.content.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    lines.forEach((raw, index) => {
      const text = stripComment(raw.replace(/\r$/, ""));
      if (text === "") return;
      const name2 = canonicalName(text);
      if (name2 === null) {
        invalid.push({ file: file.path, line: index + 1, text });
        return;
      }
      if (!seen.has(nameKey(name2))) seen.set(nameKey(name2), { name: name2, file: file.path, line: index + 1 });
    });
  }
  const names = sortByName(seen.values(), (entry) => entry.name);
  return { names, invalid };
}

// src/stats/source-error.ts
var SourceError = class extends Error {
  name = "SourceError";
};

// ../../work/main/node_modules/tar/dist/esm/parse.js
import { EventEmitter as EE } from "events";

// ../../work/main/node_modules/minizlib/dist/esm/index.js
import assert from "assert";
import { Buffer as Buffer2 } from "buffer";

// ../../work/main/node_modules/minipass/dist/esm/index.js
import { EventEmitter } from "node:events";
import Stream from "node:stream";
import { StringDecoder } from "node:string_decoder";
var proc = typeof process === "object" && process ? process : {
  stdout: null,
  stderr: null
};
var isStream = (s) => !!s && typeof s === "object" && (s instanceof Minipass || s instanceof Stream || isReadable(s) || isWritable(s));
var isReadable = (s) => !!s && typeof s === "object" && s instanceof EventEmitter && typeof s.pipe === "function" && // node core Writable streams have a pipe() method, but it throws
s.pipe !== Stream.Writable.prototype.pipe;
var isWritable = (s) => !!s && typeof s === "object" && s instanceof EventEmitter && typeof s.write === "function" && typeof s.end === "function";
var EOF = /* @__PURE__ */ Symbol("EOF");
var MAYBE_EMIT_END = /* @__PURE__ */ Symbol("maybeEmitEnd");
var EMITTED_END = /* @__PURE__ */ Symbol("emittedEnd");
var EMITTING_END = /* @__PURE__ */ Symbol("emittingEnd");
var EMITTED_ERROR = /* @__PURE__ */ Symbol("emittedError");
var CLOSED = /* @__PURE__ */ Symbol("closed");
var READ = /* @__PURE__ */ Symbol("read");
var FLUSH = /* @__PURE__ */ Symbol("flush");
var FLUSHCHUNK = /* @__PURE__ */ Symbol("flushChunk");
var ENCODING = /* @__PURE__ */ Symbol("encoding");
var DECODER = /* @__PURE__ */ Symbol("decoder");
var FLOWING = /* @__PURE__ */ Symbol("flowing");
var PAUSED = /* @__PURE__ */ Symbol("paused");
var RESUME = /* @__PURE__ */ Symbol("resume");
var BUFFER = /* @__PURE__ */ Symbol("buffer");
var PIPES = /* @__PURE__ */ Symbol("pipes");
var BUFFERLENGTH = /* @__PURE__ */ Symbol("bufferLength");
var BUFFERPUSH = /* @__PURE__ */ Symbol("bufferPush");
var BUFFERSHIFT = /* @__PURE__ */ Symbol("bufferShift");
var OBJECTMODE = /* @__PURE__ */ Symbol("objectMode");
var DESTROYED = /* @__PURE__ */ Symbol("destroyed");
var ERROR = /* @__PURE__ */ Symbol("error");
var EMITDATA = /* @__PURE__ */ Symbol("emitData");
var EMITEND = /* @__PURE__ */ Symbol("emitEnd");
var EMITEND2 = /* @__PURE__ */ Symbol("emitEnd2");
var ASYNC = /* @__PURE__ */ Symbol("async");
var ABORT = /* @__PURE__ */ Symbol("abort");
var ABORTED = /* @__PURE__ */ Symbol("aborted");
var SIGNAL = /* @__PURE__ */ Symbol("signal");
var DATALISTENERS = /* @__PURE__ */ Symbol("dataListeners");
var DISCARDED = /* @__PURE__ */ Symbol("discarded");
var defer = (fn) => Promise.resolve().then(fn);
var nodefer = (fn) => fn();
var isEndish = (ev) => ev === "end" || ev === "finish" || ev === "prefinish";
var isArrayBufferLike = (b) => b instanceof ArrayBuffer || !!b && typeof b === "object" && b.constructor && b.constructor.name === "ArrayBuffer" && b.byteLength >= 0;
var isArrayBufferView = (b) => !Buffer.isBuffer(b) && ArrayBuffer.isView(b);
var Pipe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(src, dest, opts) {
    this.src = src;
    this.dest = dest;
    this.opts = opts;
    this.ondrain = () => src[RESUME]();
    this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  // only here for the prototype
  /* c8 ignore start */
  proxyErrors(_er) {
  }
  /* c8 ignore stop */
  end() {
    this.unpipe();
    if (this.opts.end)
      this.dest.end();
  }
};
var PipeProxyErrors = class extends Pipe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors);
    super.unpipe();
  }
  constructor(src, dest, opts) {
    super(src, dest, opts);
    this.proxyErrors = (er) => this.dest.emit("error", er);
    src.on("error", this.proxyErrors);
  }
};
var isObjectModeOptions = (o) => !!o.objectMode;
var isEncodingOptions = (o) => !o.objectMode && !!o.encoding && o.encoding !== "buffer";
var Minipass = class extends EventEmitter {
  [FLOWING] = false;
  [PAUSED] = false;
  [PIPES] = [];
  [BUFFER] = [];
  [OBJECTMODE];
  [ENCODING];
  [ASYNC];
  [DECODER];
  [EOF] = false;
  [EMITTED_END] = false;
  [EMITTING_END] = false;
  [CLOSED] = false;
  [EMITTED_ERROR] = null;
  [BUFFERLENGTH] = 0;
  [DESTROYED] = false;
  [SIGNAL];
  [ABORTED] = false;
  [DATALISTENERS] = 0;
  [DISCARDED] = false;
  /**
   * true if the stream can be written
   */
  writable = true;
  /**
   * true if the stream can be read
   */
  readable = true;
  /**
   * If `RType` is Buffer, then options do not need to be provided.
   * Otherwise, an options object must be provided to specify either
   * {@link Minipass.SharedOptions.objectMode} or
   * {@link Minipass.SharedOptions.encoding}, as appropriate.
   */
  constructor(...args) {
    const options = args[0] || {};
    super();
    if (options.objectMode && typeof options.encoding === "string") {
      throw new TypeError("Encoding and objectMode may not be used together");
    }
    if (isObjectModeOptions(options)) {
      this[OBJECTMODE] = true;
      this[ENCODING] = null;
    } else if (isEncodingOptions(options)) {
      this[ENCODING] = options.encoding;
      this[OBJECTMODE] = false;
    } else {
      this[OBJECTMODE] = false;
      this[ENCODING] = null;
    }
    this[ASYNC] = !!options.async;
    this[DECODER] = this[ENCODING] ? new StringDecoder(this[ENCODING]) : null;
    if (options && options.debugExposeBuffer === true) {
      Object.defineProperty(this, "buffer", { get: () => this[BUFFER] });
    }
    if (options && options.debugExposePipes === true) {
      Object.defineProperty(this, "pipes", { get: () => this[PIPES] });
    }
    const { signal } = options;
    if (signal) {
      this[SIGNAL] = signal;
      if (signal.aborted) {
        this[ABORT]();
      } else {
        signal.addEventListener("abort", () => this[ABORT]());
      }
    }
  }
  /**
   * The amount of data stored in the buffer waiting to be read.
   *
   * For Buffer strings, this will be the total byte length.
   * For string encoding streams, this will be the string character length,
   * according to JavaScript's `string.length` logic.
   * For objectMode streams, this is a count of the items waiting to be
   * emitted.
   */
  get bufferLength() {
    return this[BUFFERLENGTH];
  }
  /**
   * The `BufferEncoding` currently in use, or `null`
   */
  get encoding() {
    return this[ENCODING];
  }
  /**
   * @deprecated - This is a read only property
   */
  set encoding(_enc) {
    throw new Error("Encoding must be set at instantiation time");
  }
  /**
   * @deprecated - Encoding may only be set at instantiation time
   */
  setEncoding(_enc) {
    throw new Error("Encoding must be set at instantiation time");
  }
  /**
   * True if this is an objectMode stream
   */
  get objectMode() {
    return this[OBJECTMODE];
  }
  /**
   * @deprecated - This is a read-only property
   */
  set objectMode(_om) {
    throw new Error("objectMode must be set at instantiation time");
  }
  /**
   * true if this is an async stream
   */
  get ["async"]() {
    return this[ASYNC];
  }
  /**
   * Set to true to make this stream async.
   *
   * Once set, it cannot be unset, as this would potentially cause incorrect
   * behavior.  Ie, a sync stream can be made async, but an async stream
   * cannot be safely made sync.
   */
  set ["async"](a) {
    this[ASYNC] = this[ASYNC] || !!a;
  }
  // drop everything and get out of the flow completely
  [ABORT]() {
    this[ABORTED] = true;
    this.emit("abort", this[SIGNAL]?.reason);
    this.destroy(this[SIGNAL]?.reason);
  }
  /**
   * True if the stream has been aborted.
   */
  get aborted() {
    return this[ABORTED];
  }
  /**
   * No-op setter. Stream aborted status is set via the AbortSignal provided
   * in the constructor options.
   */
  set aborted(_) {
  }
  write(chunk, encoding, cb) {
    if (this[ABORTED])
      return false;
    if (this[EOF])
      throw new Error("write after end");
    if (this[DESTROYED]) {
      this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" }));
      return true;
    }
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = "utf8";
    }
    if (!encoding)
      encoding = "utf8";
    const fn = this[ASYNC] ? defer : nodefer;
    if (!this[OBJECTMODE] && !Buffer.isBuffer(chunk)) {
      if (isArrayBufferView(chunk)) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      } else if (isArrayBufferLike(chunk)) {
        chunk = Buffer.from(chunk);
      } else if (typeof chunk !== "string") {
        throw new Error("Non-contiguous data written to non-objectMode stream");
      }
    }
    if (this[OBJECTMODE]) {
      if (this[FLOWING] && this[BUFFERLENGTH] !== 0)
        this[FLUSH](true);
      if (this[FLOWING])
        this.emit("data", chunk);
      else
        this[BUFFERPUSH](chunk);
      if (this[BUFFERLENGTH] !== 0)
        this.emit("readable");
      if (cb)
        fn(cb);
      return this[FLOWING];
    }
    if (!chunk.length) {
      if (this[BUFFERLENGTH] !== 0)
        this.emit("readable");
      if (cb)
        fn(cb);
      return this[FLOWING];
    }
    if (typeof chunk === "string" && // unless it is a string already ready for us to use
    !(encoding === this[ENCODING] && !this[DECODER]?.lastNeed)) {
      chunk = Buffer.from(chunk, encoding);
    }
    if (Buffer.isBuffer(chunk) && this[ENCODING]) {
      chunk = this[DECODER].write(chunk);
    }
    if (this[FLOWING] && this[BUFFERLENGTH] !== 0)
      this[FLUSH](true);
    if (this[FLOWING])
      this.emit("data", chunk);
    else
      this[BUFFERPUSH](chunk);
    if (this[BUFFERLENGTH] !== 0)
      this.emit("readable");
    if (cb)
      fn(cb);
    return this[FLOWING];
  }
  /**
   * Low-level explicit read method.
   *
   * In objectMode, the argument is ignored, and one item is returned if
   * available.
   *
   * `n` is the number of bytes (or in the case of encoding streams,
   * characters) to consume. If `n` is not provided, then the entire buffer
   * is returned, or `null` is returned if no data is available.
   *
   * If `n` is greater that the amount of data in the internal buffer,
   * then `null` is returned.
   */
  read(n) {
    if (this[DESTROYED])
      return null;
    this[DISCARDED] = false;
    if (this[BUFFERLENGTH] === 0 || n === 0 || n && n > this[BUFFERLENGTH]) {
      this[MAYBE_EMIT_END]();
      return null;
    }
    if (this[OBJECTMODE])
      n = null;
    if (this[BUFFER].length > 1 && !this[OBJECTMODE]) {
      this[BUFFER] = [
        this[ENCODING] ? this[BUFFER].join("") : Buffer.concat(this[BUFFER], this[BUFFERLENGTH])
      ];
    }
    const ret = this[READ](n || null, this[BUFFER][0]);
    this[MAYBE_EMIT_END]();
    return ret;
  }
  [READ](n, chunk) {
    if (this[OBJECTMODE])
      this[BUFFERSHIFT]();
    else {
      const c = chunk;
      if (n === c.length || n === null)
        this[BUFFERSHIFT]();
      else if (typeof c === "string") {
        this[BUFFER][0] = c.slice(n);
        chunk = c.slice(0, n);
        this[BUFFERLENGTH] -= n;
      } else {
        this[BUFFER][0] = c.subarray(n);
        chunk = c.subarray(0, n);
        this[BUFFERLENGTH] -= n;
      }
    }
    this.emit("data", chunk);
    if (!this[BUFFER].length && !this[EOF])
      this.emit("drain");
    return chunk;
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === "function") {
      cb = chunk;
      chunk = void 0;
    }
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = "utf8";
    }
    if (chunk !== void 0)
      this.write(chunk, encoding);
    if (cb)
      this.once("end", cb);
    this[EOF] = true;
    this.writable = false;
    if (this[FLOWING] || !this[PAUSED])
      this[MAYBE_EMIT_END]();
    return this;
  }
  // don't let the internal resume be overwritten
  [RESUME]() {
    if (this[DESTROYED])
      return;
    if (!this[DATALISTENERS] && !this[PIPES].length) {
      this[DISCARDED] = true;
    }
    this[PAUSED] = false;
    this[FLOWING] = true;
    this.emit("resume");
    if (this[BUFFER].length)
      this[FLUSH]();
    else if (this[EOF])
      this[MAYBE_EMIT_END]();
    else
      this.emit("drain");
  }
  /**
   * Resume the stream if it is currently in a paused state
   *
   * If called when there are no pipe destinations or `data` event listeners,
   * this will place the stream in a "discarded" state, where all data will
   * be thrown away. The discarded state is removed if a pipe destination or
   * data handler is added, if pause() is called, or if any synchronous or
   * asynchronous iteration is started.
   */
  resume() {
    return this[RESUME]();
  }
  /**
   * Pause the stream
   */
  pause() {
    this[FLOWING] = false;
    this[PAUSED] = true;
    this[DISCARDED] = false;
  }
  /**
   * true if the stream has been forcibly destroyed
   */
  get destroyed() {
    return this[DESTROYED];
  }
  /**
   * true if the stream is currently in a flowing state, meaning that
   * any writes will be immediately emitted.
   */
  get flowing() {
    return this[FLOWING];
  }
  /**
   * true if the stream is currently in a paused state
   */
  get paused() {
    return this[PAUSED];
  }
  [BUFFERPUSH](chunk) {
    if (this[OBJECTMODE])
      this[BUFFERLENGTH] += 1;
    else
      this[BUFFERLENGTH] += chunk.length;
    this[BUFFER].push(chunk);
  }
  [BUFFERSHIFT]() {
    if (this[OBJECTMODE])
      this[BUFFERLENGTH] -= 1;
    else
      this[BUFFERLENGTH] -= this[BUFFER][0].length;
    return this[BUFFER].shift();
  }
  [FLUSH](noDrain = false) {
    do {
    } while (this[FLUSHCHUNK](this[BUFFERSHIFT]()) && this[BUFFER].length);
    if (!noDrain && !this[BUFFER].length && !this[EOF])
      this.emit("drain");
  }
  [FLUSHCHUNK](chunk) {
    this.emit("data", chunk);
    return this[FLOWING];
  }
  /**
   * Pipe all data emitted by this stream into the destination provided.
   *
   * Triggers the flow of data.
   */
  pipe(dest, opts) {
    if (this[DESTROYED])
      return dest;
    this[DISCARDED] = false;
    const ended = this[EMITTED_END];
    opts = opts || {};
    if (dest === proc.stdout || dest === proc.stderr)
      opts.end = false;
    else
      opts.end = opts.end !== false;
    opts.proxyErrors = !!opts.proxyErrors;
    if (ended) {
      if (opts.end)
        dest.end();
    } else {
      this[PIPES].push(!opts.proxyErrors ? new Pipe(this, dest, opts) : new PipeProxyErrors(this, dest, opts));
      if (this[ASYNC])
        defer(() => this[RESUME]());
      else
        this[RESUME]();
    }
    return dest;
  }
  /**
   * Fully unhook a piped destination stream.
   *
   * If the destination stream was the only consumer of this stream (ie,
   * there are no other piped destinations or `'data'` event listeners)
   * then the flow of data will stop until there is another consumer or
   * {@link Minipass#resume} is explicitly called.
   */
  unpipe(dest) {
    const p = this[PIPES].find((p2) => p2.dest === dest);
    if (p) {
      if (this[PIPES].length === 1) {
        if (this[FLOWING] && this[DATALISTENERS] === 0) {
          this[FLOWING] = false;
        }
        this[PIPES] = [];
      } else
        this[PIPES].splice(this[PIPES].indexOf(p), 1);
      p.unpipe();
    }
  }
  /**
   * Alias for {@link Minipass#on}
   */
  addListener(ev, handler) {
    return this.on(ev, handler);
  }
  /**
   * Mostly identical to `EventEmitter.on`, with the following
   * behavior differences to prevent data loss and unnecessary hangs:
   *
   * - Adding a 'data' event handler will trigger the flow of data
   *
   * - Adding a 'readable' event handler when there is data waiting to be read
   *   will cause 'readable' to be emitted immediately.
   *
   * - Adding an 'endish' event handler ('end', 'finish', etc.) which has
   *   already passed will cause the event to be emitted immediately and all
   *   handlers removed.
   *
   * - Adding an 'error' event handler after an error has been emitted will
   *   cause the event to be re-emitted immediately with the error previously
   *   raised.
   */
  on(ev, handler) {
    const ret = super.on(ev, handler);
    if (ev === "data") {
      this[DISCARDED] = false;
      this[DATALISTENERS]++;
      if (!this[PIPES].length && !this[FLOWING]) {
        this[RESUME]();
      }
    } else if (ev === "readable" && this[BUFFERLENGTH] !== 0) {
      super.emit("readable");
    } else if (isEndish(ev) && this[EMITTED_END]) {
      super.emit(ev);
      this.removeAllListeners(ev);
    } else if (ev === "error" && this[EMITTED_ERROR]) {
      const h = handler;
      if (this[ASYNC])
        defer(() => h.call(this, this[EMITTED_ERROR]));
      else
        h.call(this, this[EMITTED_ERROR]);
    }
    return ret;
  }
  /**
   * Alias for {@link Minipass#off}
   */
  removeListener(ev, handler) {
    return this.off(ev, handler);
  }
  /**
   * Mostly identical to `EventEmitter.off`
   *
   * If a 'data' event handler is removed, and it was the last consumer
   * (ie, there are no pipe destinations or other 'data' event listeners),
   * then the flow of data will stop until there is another consumer or
   * {@link Minipass#resume} is explicitly called.
   */
  off(ev, handler) {
    const ret = super.off(ev, handler);
    if (ev === "data") {
      this[DATALISTENERS] = this.listeners("data").length;
      if (this[DATALISTENERS] === 0 && !this[DISCARDED] && !this[PIPES].length) {
        this[FLOWING] = false;
      }
    }
    return ret;
  }
  /**
   * Mostly identical to `EventEmitter.removeAllListeners`
   *
   * If all 'data' event handlers are removed, and they were the last consumer
   * (ie, there are no pipe destinations), then the flow of data will stop
   * until there is another consumer or {@link Minipass#resume} is explicitly
   * called.
   */
  removeAllListeners(ev) {
    const ret = super.removeAllListeners(ev);
    if (ev === "data" || ev === void 0) {
      this[DATALISTENERS] = 0;
      if (!this[DISCARDED] && !this[PIPES].length) {
        this[FLOWING] = false;
      }
    }
    return ret;
  }
  /**
   * true if the 'end' event has been emitted
   */
  get emittedEnd() {
    return this[EMITTED_END];
  }
  [MAYBE_EMIT_END]() {
    if (!this[EMITTING_END] && !this[EMITTED_END] && !this[DESTROYED] && this[BUFFER].length === 0 && this[EOF]) {
      this[EMITTING_END] = true;
      this.emit("end");
      this.emit("prefinish");
      this.emit("finish");
      if (this[CLOSED])
        this.emit("close");
      this[EMITTING_END] = false;
    }
  }
  /**
   * Mostly identical to `EventEmitter.emit`, with the following
   * behavior differences to prevent data loss and unnecessary hangs:
   *
   * If the stream has been destroyed, and the event is something other
   * than 'close' or 'error', then `false` is returned and no handlers
   * are called.
   *
   * If the event is 'end', and has already been emitted, then the event
   * is ignored. If the stream is in a paused or non-flowing state, then
   * the event will be deferred until data flow resumes. If the stream is
   * async, then handlers will be called on the next tick rather than
   * immediately.
   *
   * If the event is 'close', and 'end' has not yet been emitted, then
   * the event will be deferred until after 'end' is emitted.
   *
   * If the event is 'error', and an AbortSignal was provided for the stream,
   * and there are no listeners, then the event is ignored, matching the
   * behavior of node core streams in the presense of an AbortSignal.
   *
   * If the event is 'finish' or 'prefinish', then all listeners will be
   * removed after emitting the event, to prevent double-firing.
   */
  emit(ev, ...args) {
    const data = args[0];
    if (ev !== "error" && ev !== "close" && ev !== DESTROYED && this[DESTROYED]) {
      return false;
    } else if (ev === "data") {
      return !this[OBJECTMODE] && !data ? false : this[ASYNC] ? (defer(() => this[EMITDATA](data)), true) : this[EMITDATA](data);
    } else if (ev === "end") {
      return this[EMITEND]();
    } else if (ev === "close") {
      this[CLOSED] = true;
      if (!this[EMITTED_END] && !this[DESTROYED])
        return false;
      const ret2 = super.emit("close");
      this.removeAllListeners("close");
      return ret2;
    } else if (ev === "error") {
      this[EMITTED_ERROR] = data;
      super.emit(ERROR, data);
      const ret2 = !this[SIGNAL] || this.listeners("error").length ? super.emit("error", data) : false;
      this[MAYBE_EMIT_END]();
      return ret2;
    } else if (ev === "resume") {
      const ret2 = super.emit("resume");
      this[MAYBE_EMIT_END]();
      return ret2;
    } else if (ev === "finish" || ev === "prefinish") {
      const ret2 = super.emit(ev);
      this.removeAllListeners(ev);
      return ret2;
    }
    const ret = super.emit(ev, ...args);
    this[MAYBE_EMIT_END]();
    return ret;
  }
  [EMITDATA](data) {
    for (const p of this[PIPES]) {
      if (p.dest.write(data) === false)
        this.pause();
    }
    const ret = this[DISCARDED] ? false : super.emit("data", data);
    this[MAYBE_EMIT_END]();
    return ret;
  }
  [EMITEND]() {
    if (this[EMITTED_END])
      return false;
    this[EMITTED_END] = true;
    this.readable = false;
    return this[ASYNC] ? (defer(() => this[EMITEND2]()), true) : this[EMITEND2]();
  }
  [EMITEND2]() {
    if (this[DECODER]) {
      const data = this[DECODER].end();
      if (data) {
        for (const p of this[PIPES]) {
          p.dest.write(data);
        }
        if (!this[DISCARDED])
          super.emit("data", data);
      }
    }
    for (const p of this[PIPES]) {
      p.end();
    }
    const ret = super.emit("end");
    this.removeAllListeners("end");
    return ret;
  }
  /**
   * Return a Promise that resolves to an array of all emitted data once
   * the stream ends.
   */
  async collect() {
    const buf = Object.assign([], {
      dataLength: 0
    });
    if (!this[OBJECTMODE])
      buf.dataLength = 0;
    const p = this.promise();
    this.on("data", (c) => {
      buf.push(c);
      if (!this[OBJECTMODE])
        buf.dataLength += c.length;
    });
    await p;
    return buf;
  }
  /**
   * Return a Promise that resolves to the concatenation of all emitted data
   * once the stream ends.
   *
   * Not allowed on objectMode streams.
   */
  async concat() {
    if (this[OBJECTMODE]) {
      throw new Error("cannot concat in objectMode");
    }
    const buf = await this.collect();
    return this[ENCODING] ? buf.join("") : Buffer.concat(buf, buf.dataLength);
  }
  /**
   * Return a void Promise that resolves once the stream ends.
   */
  async promise() {
    return new Promise((resolve, reject) => {
      this.on(DESTROYED, () => reject(new Error("stream destroyed")));
      this.on("error", (er) => reject(er));
      this.on("end", () => resolve());
    });
  }
  /**
   * Asynchronous `for await of` iteration.
   *
   * This will continue emitting all chunks until the stream terminates.
   */
  [Symbol.asyncIterator]() {
    this[DISCARDED] = false;
    let stopped = false;
    const stop = async () => {
      this.pause();
      stopped = true;
      return { value: void 0, done: true };
    };
    const next = () => {
      if (stopped)
        return stop();
      const res = this.read();
      if (res !== null)
        return Promise.resolve({ done: false, value: res });
      if (this[EOF])
        return stop();
      let resolve;
      let reject;
      const onerr = (er) => {
        this.off("data", ondata);
        this.off("end", onend);
        this.off(DESTROYED, ondestroy);
        stop();
        reject(er);
      };
      const ondata = (value) => {
        this.off("error", onerr);
        this.off("end", onend);
        this.off(DESTROYED, ondestroy);
        this.pause();
        resolve({ value, done: !!this[EOF] });
      };
      const onend = () => {
        this.off("error", onerr);
        this.off("data", ondata);
        this.off(DESTROYED, ondestroy);
        stop();
        resolve({ done: true, value: void 0 });
      };
      const ondestroy = () => onerr(new Error("stream destroyed"));
      return new Promise((res2, rej) => {
        reject = rej;
        resolve = res2;
        this.once(DESTROYED, ondestroy);
        this.once("error", onerr);
        this.once("end", onend);
        this.once("data", ondata);
      });
    };
    return {
      next,
      throw: stop,
      return: stop,
      [Symbol.asyncIterator]() {
        return this;
      },
      [Symbol.asyncDispose]: async () => {
      }
    };
  }
  /**
   * Synchronous `for of` iteration.
   *
   * The iteration will terminate when the internal buffer runs out, even
   * if the stream has not yet terminated.
   */
  [Symbol.iterator]() {
    this[DISCARDED] = false;
    let stopped = false;
    const stop = () => {
      this.pause();
      this.off(ERROR, stop);
      this.off(DESTROYED, stop);
      this.off("end", stop);
      stopped = true;
      return { done: true, value: void 0 };
    };
    const next = () => {
      if (stopped)
        return stop();
      const value = this.read();
      return value === null ? stop() : { done: false, value };
    };
    this.once("end", stop);
    this.once(ERROR, stop);
    this.once(DESTROYED, stop);
    return {
      next,
      throw: stop,
      return: stop,
      [Symbol.iterator]() {
        return this;
      },
      [Symbol.dispose]: () => {
      }
    };
  }
  /**
   * Destroy a stream, preventing it from being used for any further purpose.
   *
   * If the stream has a `close()` method, then it will be called on
   * destruction.
   *
   * After destruction, any attempt to write data, read data, or emit most
   * events will be ignored.
   *
   * If an error argument is provided, then it will be emitted in an
   * 'error' event.
   */
  destroy(er) {
    if (this[DESTROYED]) {
      if (er)
        this.emit("error", er);
      else
        this.emit(DESTROYED);
      return this;
    }
    this[DESTROYED] = true;
    this[DISCARDED] = true;
    this[BUFFER].length = 0;
    this[BUFFERLENGTH] = 0;
    const wc = this;
    if (typeof wc.close === "function" && !this[CLOSED])
      wc.close();
    if (er)
      this.emit("error", er);
    else
      this.emit(DESTROYED);
    return this;
  }
  /**
   * Alias for {@link isStream}
   *
   * Former export location, maintained for backwards compatibility.
   *
   * @deprecated
   */
  static get isStream() {
    return isStream;
  }
};

// ../../work/main/node_modules/minizlib/dist/esm/index.js
import * as realZlib2 from "zlib";

// ../../work/main/node_modules/minizlib/dist/esm/constants.js
import realZlib from "zlib";
var realZlibConstants = realZlib.constants || { ZLIB_VERNUM: 4736 };
var constants = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), {
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
  Z_OK: 0,
  Z_STREAM_END: 1,
  Z_NEED_DICT: 2,
  Z_ERRNO: -1,
  Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5,
  Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
  DEFLATE: 1,
  INFLATE: 2,
  GZIP: 3,
  GUNZIP: 4,
  DEFLATERAW: 5,
  INFLATERAW: 6,
  UNZIP: 7,
  BROTLI_DECODE: 8,
  BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8,
  Z_MAX_WINDOWBITS: 15,
  Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity,
  Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1,
  Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1,
  Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0,
  BROTLI_OPERATION_FLUSH: 1,
  BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1,
  BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0,
  BROTLI_MIN_QUALITY: 0,
  BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_MODE: 0,
  BROTLI_PARAM_QUALITY: 1,
  BROTLI_PARAM_LGWIN: 2,
  BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7,
  BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0,
  BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0,
  BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5,
  BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
  BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
  BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19,
  BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21,
  BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31
}, realZlibConstants));

// ../../work/main/node_modules/minizlib/dist/esm/index.js
var OriginalBufferConcat = Buffer2.concat;
var desc = Object.getOwnPropertyDescriptor(Buffer2, "concat");
var noop = (args) => args;
var passthroughBufferConcat = desc?.writable === true || desc?.set !== void 0 ? (makeNoOp) => {
  Buffer2.concat = makeNoOp ? noop : OriginalBufferConcat;
} : (_) => {
};
var _superWrite = /* @__PURE__ */ Symbol("_superWrite");
var ZlibError = class extends Error {
  code;
  errno;
  constructor(err, origin) {
    super("zlib: " + err.message, { cause: err });
    this.code = err.code;
    this.errno = err.errno;
    if (!this.code)
      this.code = "ZLIB_ERROR";
    this.message = "zlib: " + err.message;
    Error.captureStackTrace(this, origin ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var _flushFlag = /* @__PURE__ */ Symbol("flushFlag");
var ZlibBase = class extends Minipass {
  #sawError = false;
  #ended = false;
  #flushFlag;
  #finishFlushFlag;
  #fullFlushFlag;
  #handle;
  #onError;
  get sawError() {
    return this.#sawError;
  }
  get handle() {
    return this.#handle;
  }
  /* c8 ignore start */
  get flushFlag() {
    return this.#flushFlag;
  }
  /* c8 ignore stop */
  constructor(opts, mode) {
    if (!opts || typeof opts !== "object")
      throw new TypeError("invalid options for ZlibBase constructor");
    super(opts);
    this.#flushFlag = opts.flush ?? 0;
    this.#finishFlushFlag = opts.finishFlush ?? 0;
    this.#fullFlushFlag = opts.fullFlushFlag ?? 0;
    if (typeof realZlib2[mode] !== "function") {
      throw new TypeError("Compression method not supported: " + mode);
    }
    try {
      this.#handle = new realZlib2[mode](opts);
    } catch (er) {
      throw new ZlibError(er, this.constructor);
    }
    this.#onError = (err) => {
      if (this.#sawError)
        return;
      this.#sawError = true;
      this.close();
      this.emit("error", err);
    };
    this.#handle?.on("error", (er) => this.#onError(new ZlibError(er)));
    this.once("end", () => this.close);
  }
  close() {
    if (this.#handle) {
      this.#handle.close();
      this.#handle = void 0;
      this.emit("close");
    }
  }
  reset() {
    if (!this.#sawError) {
      assert(this.#handle, "zlib binding closed");
      return this.#handle.reset?.();
    }
  }
  flush(flushFlag) {
    if (this.ended)
      return;
    if (typeof flushFlag !== "number")
      flushFlag = this.#fullFlushFlag;
    this.write(Object.assign(Buffer2.alloc(0), { [_flushFlag]: flushFlag }));
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === "function") {
      cb = chunk;
      encoding = void 0;
      chunk = void 0;
    }
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = void 0;
    }
    if (chunk) {
      if (encoding)
        this.write(chunk, encoding);
      else
        this.write(chunk);
    }
    this.flush(this.#finishFlushFlag);
    this.#ended = true;
    return super.end(cb);
  }
  get ended() {
    return this.#ended;
  }
  // overridden in the gzip classes to do portable writes
  [_superWrite](data) {
    return super.write(data);
  }
  write(chunk, encoding, cb) {
    if (typeof encoding === "function")
      cb = encoding, encoding = "utf8";
    if (typeof chunk === "string")
      chunk = Buffer2.from(chunk, encoding);
    if (this.#sawError)
      return;
    assert(this.#handle, "zlib binding closed");
    const nativeHandle = this.#handle._handle;
    const originalNativeClose = nativeHandle.close;
    nativeHandle.close = () => {
    };
    const originalClose = this.#handle.close;
    this.#handle.close = () => {
    };
    passthroughBufferConcat(true);
    let result = void 0;
    try {
      const flushFlag = typeof chunk[_flushFlag] === "number" ? chunk[_flushFlag] : this.#flushFlag;
      result = this.#handle._processChunk(chunk, flushFlag);
      passthroughBufferConcat(false);
    } catch (err) {
      passthroughBufferConcat(false);
      this.#onError(new ZlibError(err, this.write));
    } finally {
      if (this.#handle) {
        ;
        this.#handle._handle = nativeHandle;
        nativeHandle.close = originalNativeClose;
        this.#handle.close = originalClose;
        this.#handle.removeAllListeners("error");
      }
    }
    if (this.#handle)
      this.#handle.on("error", (er) => this.#onError(new ZlibError(er, this.write)));
    let writeReturn;
    if (result) {
      if (Array.isArray(result) && result.length > 0) {
        const r = result[0];
        writeReturn = this[_superWrite](Buffer2.from(r));
        for (let i = 1; i < result.length; i++) {
          writeReturn = this[_superWrite](result[i]);
        }
      } else {
        writeReturn = this[_superWrite](Buffer2.from(result));
      }
    }
    if (cb)
      cb();
    return writeReturn;
  }
};
var Zlib = class extends ZlibBase {
  #level;
  #strategy;
  constructor(opts, mode) {
    opts = opts || {};
    opts.flush = opts.flush || constants.Z_NO_FLUSH;
    opts.finishFlush = opts.finishFlush || constants.Z_FINISH;
    opts.fullFlushFlag = constants.Z_FULL_FLUSH;
    super(opts, mode);
    this.#level = opts.level;
    this.#strategy = opts.strategy;
  }
  params(level, strategy) {
    if (this.sawError)
      return;
    if (!this.handle)
      throw new Error("cannot switch params when binding is closed");
    if (!this.handle.params)
      throw new Error("not supported in this implementation");
    if (this.#level !== level || this.#strategy !== strategy) {
      this.flush(constants.Z_SYNC_FLUSH);
      assert(this.handle, "zlib binding closed");
      const origFlush = this.handle.flush;
      this.handle.flush = (flushFlag, cb) => {
        if (typeof flushFlag === "function") {
          cb = flushFlag;
          flushFlag = this.flushFlag;
        }
        this.flush(flushFlag);
        cb?.();
      };
      try {
        ;
        this.handle.params(level, strategy);
      } finally {
        this.handle.flush = origFlush;
      }
      if (this.handle) {
        this.#level = level;
        this.#strategy = strategy;
      }
    }
  }
};
var Gzip = class extends Zlib {
  #portable;
  constructor(opts) {
    super(opts, "Gzip");
    this.#portable = opts && !!opts.portable;
  }
  [_superWrite](data) {
    if (!this.#portable)
      return super[_superWrite](data);
    this.#portable = false;
    data[9] = 255;
    return super[_superWrite](data);
  }
};
var Unzip = class extends Zlib {
  constructor(opts) {
    super(opts, "Unzip");
  }
};
var Brotli = class extends ZlibBase {
  constructor(opts, mode) {
    opts = opts || {};
    opts.flush = opts.flush || constants.BROTLI_OPERATION_PROCESS;
    opts.finishFlush = opts.finishFlush || constants.BROTLI_OPERATION_FINISH;
    opts.fullFlushFlag = constants.BROTLI_OPERATION_FLUSH;
    super(opts, mode);
  }
};
var BrotliDecompress = class extends Brotli {
  constructor(opts) {
    super(opts, "BrotliDecompress");
  }
};
var Zstd = class extends ZlibBase {
  constructor(opts, mode) {
    opts = opts || {};
    opts.flush = opts.flush || constants.ZSTD_e_continue;
    opts.finishFlush = opts.finishFlush || constants.ZSTD_e_end;
    opts.fullFlushFlag = constants.ZSTD_e_flush;
    super(opts, mode);
  }
};
var ZstdDecompress = class extends Zstd {
  constructor(opts) {
    super(opts, "ZstdDecompress");
  }
};

// ../../work/main/node_modules/tar/dist/esm/header.js
import { posix as pathModule } from "node:path";

// ../../work/main/node_modules/tar/dist/esm/large-numbers.js
var encode = (num, buf) => {
  if (!Number.isSafeInteger(num)) {
    throw Error("cannot encode number outside of javascript safe integer range");
  } else if (num < 0) {
    encodeNegative(num, buf);
  } else {
    encodePositive(num, buf);
  }
  return buf;
};
var encodePositive = (num, buf) => {
  buf[0] = 128;
  for (var i = buf.length; i > 1; i--) {
    buf[i - 1] = num & 255;
    num = Math.floor(num / 256);
  }
};
var encodeNegative = (num, buf) => {
  buf[0] = 255;
  var flipped = false;
  num = num * -1;
  for (var i = buf.length; i > 1; i--) {
    var byte = num & 255;
    num = Math.floor(num / 256);
    if (flipped) {
      buf[i - 1] = onesComp(byte);
    } else if (byte === 0) {
      buf[i - 1] = 0;
    } else {
      flipped = true;
      buf[i - 1] = twosComp(byte);
    }
  }
};
var parse = (buf) => {
  const pre = buf[0];
  const value = pre === 128 ? pos(buf.subarray(1, buf.length)) : pre === 255 ? twos(buf) : null;
  if (value === null) {
    throw Error("invalid base256 encoding");
  }
  if (!Number.isSafeInteger(value)) {
    throw Error("parsed number outside of javascript safe integer range");
  }
  return value;
};
var twos = (buf) => {
  var len = buf.length;
  var sum = 0;
  var flipped = false;
  for (var i = len - 1; i > -1; i--) {
    var byte = Number(buf[i]);
    var f;
    if (flipped) {
      f = onesComp(byte);
    } else if (byte === 0) {
      f = byte;
    } else {
      flipped = true;
      f = twosComp(byte);
    }
    if (f !== 0) {
      sum -= f * Math.pow(256, len - i - 1);
    }
  }
  return sum;
};
var pos = (buf) => {
  var len = buf.length;
  var sum = 0;
  for (var i = len - 1; i > -1; i--) {
    var byte = Number(buf[i]);
    if (byte !== 0) {
      sum += byte * Math.pow(256, len - i - 1);
    }
  }
  return sum;
};
var onesComp = (byte) => (255 ^ byte) & 255;
var twosComp = (byte) => (255 ^ byte) + 1 & 255;

// ../../work/main/node_modules/tar/dist/esm/types.js
var isCode = (c) => name.has(c);
var normalFsTypes = /* @__PURE__ */ new Set([
  "0",
  "",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "D"
]);
var name = /* @__PURE__ */ new Map([
  ["0", "File"],
  // same as File
  ["", "OldFile"],
  ["1", "Link"],
  ["2", "SymbolicLink"],
  // Devices and FIFOs aren't fully supported
  // they are parsed, but skipped when unpacking
  ["3", "CharacterDevice"],
  ["4", "BlockDevice"],
  ["5", "Directory"],
  ["6", "FIFO"],
  // same as File
  ["7", "ContiguousFile"],
  // pax headers
  ["g", "GlobalExtendedHeader"],
  ["x", "ExtendedHeader"],
  // vendor-specific stuff
  // skip
  ["A", "SolarisACL"],
  // like 5, but with data, which should be skipped
  ["D", "GNUDumpDir"],
  // metadata only, skip
  ["I", "Inode"],
  // data = link path of next file
  ["K", "NextFileHasLongLinkpath"],
  // data = path of next file
  ["L", "NextFileHasLongPath"],
  // skip
  ["M", "ContinuationFile"],
  // like L
  ["N", "OldGnuLongPath"],
  // skip
  ["S", "SparseFile"],
  // skip
  ["V", "TapeVolumeHeader"],
  // like x
  ["X", "OldExtendedHeader"]
]);
var code = new Map(Array.from(name).map((kv) => [kv[1], kv[0]]));

// ../../work/main/node_modules/tar/dist/esm/header.js
var notNegative = (n) => n === void 0 || n < 0 ? void 0 : n;
var Header = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #type = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(data, off = 0, ex, gex) {
    if (Buffer.isBuffer(data)) {
      this.decode(data, off || 0, ex, gex);
    } else if (data) {
      this.#slurp(data);
    }
  }
  decode(buf, off, ex, gex) {
    if (!off) {
      off = 0;
    }
    if (!buf || !(buf.length >= off + 512)) {
      throw new Error("need 512 bytes for header");
    }
    const t = decString(buf, off + 156, 1);
    const isNormalFS = normalFsTypes.has(t);
    const exForFields = isNormalFS ? ex : void 0;
    const gexForFields = isNormalFS ? gex : void 0;
    this.path = exForFields?.path ?? decString(buf, off, 100);
    this.mode = exForFields?.mode ?? gexForFields?.mode ?? decNumber(buf, off + 100, 8);
    this.uid = exForFields?.uid ?? gexForFields?.uid ?? decNumber(buf, off + 108, 8);
    this.gid = exForFields?.gid ?? gexForFields?.gid ?? decNumber(buf, off + 116, 8);
    this.size = notNegative(exForFields?.size ?? gexForFields?.size ?? decNumber(buf, off + 124, 12));
    this.mtime = exForFields?.mtime ?? gexForFields?.mtime ?? decDate(buf, off + 136, 12);
    this.cksum = decNumber(buf, off + 148, 12);
    if (gexForFields)
      this.#slurp(gexForFields, true);
    if (exForFields)
      this.#slurp(exForFields);
    if (isCode(t)) {
      this.#type = t || "0";
    }
    if (this.#type === "0" && this.path.slice(-1) === "/") {
      this.#type = "5";
    }
    if (this.#type === "5") {
      this.size = 0;
    }
    this.linkpath = decString(buf, off + 157, 100);
    if (buf.subarray(off + 257, off + 265).toString() === "ustar\x0000") {
      this.uname = exForFields?.uname ?? gexForFields?.uname ?? decString(buf, off + 265, 32);
      this.gname = exForFields?.gname ?? gexForFields?.gname ?? decString(buf, off + 297, 32);
      this.devmaj = exForFields?.devmaj ?? gexForFields?.devmaj ?? decNumber(buf, off + 329, 8) ?? 0;
      this.devmin = exForFields?.devmin ?? gexForFields?.devmin ?? decNumber(buf, off + 337, 8) ?? 0;
      if (buf[off + 475] !== 0) {
        const prefix = decString(buf, off + 345, 155);
        this.path = prefix + "/" + this.path;
      } else {
        const prefix = decString(buf, off + 345, 130);
        if (prefix) {
          this.path = prefix + "/" + this.path;
        }
        this.atime = ex?.atime ?? gex?.atime ?? decDate(buf, off + 476, 12);
        this.ctime = ex?.ctime ?? gex?.ctime ?? decDate(buf, off + 488, 12);
      }
    }
    let sum = 8 * 32;
    for (let i = off; i < off + 148; i++) {
      sum += buf[i];
    }
    for (let i = off + 156; i < off + 512; i++) {
      sum += buf[i];
    }
    this.cksumValid = sum === this.cksum;
    if (this.cksum === void 0 && sum === 8 * 32) {
      this.nullBlock = true;
    }
  }
  #slurp(ex, gex = false) {
    Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => {
      return !(v === null || v === void 0 || k === "size" && Number(v) < 0 || k === "path" && gex || k === "linkpath" && gex || k === "global");
    })));
  }
  encode(buf, off = 0) {
    if (!buf) {
      buf = this.block = Buffer.alloc(512);
    }
    if (this.#type === "Unsupported") {
      this.#type = "0";
    }
    if (!(buf.length >= off + 512)) {
      throw new Error("need 512 bytes for header");
    }
    const prefixSize = this.ctime || this.atime ? 130 : 155;
    const split = splitPrefix(this.path || "", prefixSize);
    const path = split[0];
    const prefix = split[1];
    this.needPax = !!split[2];
    this.needPax = encString(buf, off, 100, path) || this.needPax;
    this.needPax = encNumber(buf, off + 100, 8, this.mode) || this.needPax;
    this.needPax = encNumber(buf, off + 108, 8, this.uid) || this.needPax;
    this.needPax = encNumber(buf, off + 116, 8, this.gid) || this.needPax;
    this.needPax = encNumber(buf, off + 124, 12, this.size) || this.needPax;
    this.needPax = encDate(buf, off + 136, 12, this.mtime) || this.needPax;
    buf[off + 156] = Number(this.#type.codePointAt(0));
    this.needPax = encString(buf, off + 157, 100, this.linkpath) || this.needPax;
    buf.write("ustar\x0000", off + 257, 8);
    this.needPax = encString(buf, off + 265, 32, this.uname) || this.needPax;
    this.needPax = encString(buf, off + 297, 32, this.gname) || this.needPax;
    this.needPax = encNumber(buf, off + 329, 8, this.devmaj) || this.needPax;
    this.needPax = encNumber(buf, off + 337, 8, this.devmin) || this.needPax;
    this.needPax = encString(buf, off + 345, prefixSize, prefix) || this.needPax;
    if (buf[off + 475] !== 0) {
      this.needPax = encString(buf, off + 345, 155, prefix) || this.needPax;
    } else {
      this.needPax = encString(buf, off + 345, 130, prefix) || this.needPax;
      this.needPax = encDate(buf, off + 476, 12, this.atime) || this.needPax;
      this.needPax = encDate(buf, off + 488, 12, this.ctime) || this.needPax;
    }
    let sum = 8 * 32;
    for (let i = off; i < off + 148; i++) {
      sum += buf[i];
    }
    for (let i = off + 156; i < off + 512; i++) {
      sum += buf[i];
    }
    this.cksum = sum;
    encNumber(buf, off + 148, 8, this.cksum);
    this.cksumValid = true;
    return this.needPax;
  }
  get type() {
    return this.#type === "Unsupported" ? this.#type : name.get(this.#type);
  }
  get typeKey() {
    return this.#type;
  }
  set type(type) {
    const c = String(code.get(type));
    if (isCode(c) || c === "Unsupported") {
      this.#type = c;
    } else if (isCode(type)) {
      this.#type = type;
    } else {
      throw new TypeError("invalid entry type: " + type);
    }
  }
};
var splitPrefix = (p, prefixSize) => {
  const pathSize = 100;
  let pp = p;
  let prefix = "";
  let ret = void 0;
  const root = pathModule.parse(p).root || ".";
  if (Buffer.byteLength(pp) < pathSize) {
    ret = [pp, prefix, false];
  } else {
    prefix = pathModule.dirname(pp);
    pp = pathModule.basename(pp);
    do {
      if (Buffer.byteLength(pp) <= pathSize && Buffer.byteLength(prefix) <= prefixSize) {
        ret = [pp, prefix, false];
      } else if (Buffer.byteLength(pp) > pathSize && Buffer.byteLength(prefix) <= prefixSize) {
        ret = [pp.slice(0, pathSize - 1), prefix, true];
      } else {
        pp = pathModule.join(pathModule.basename(prefix), pp);
        prefix = pathModule.dirname(prefix);
      }
    } while (prefix !== root && ret === void 0);
    if (!ret) {
      ret = [p.slice(0, pathSize - 1), "", true];
    }
  }
  return ret;
};
var decString = (buf, off, size) => buf.subarray(off, off + size).toString("utf8").replace(/\0.*/, "");
var decDate = (buf, off, size) => numToDate(decNumber(buf, off, size));
var numToDate = (num) => num === void 0 ? void 0 : new Date(num * 1e3);
var decNumber = (buf, off, size) => Number(buf[off]) & 128 ? parse(buf.subarray(off, off + size)) : decSmallNumber(buf, off, size);
var nanUndef = (value) => isNaN(value) ? void 0 : value;
var decSmallNumber = (buf, off, size) => nanUndef(parseInt(buf.subarray(off, off + size).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var MAXNUM = {
  12: 8589934591,
  8: 2097151
};
var encNumber = (buf, off, size, num) => num === void 0 ? false : num > MAXNUM[size] || num < 0 ? (encode(num, buf.subarray(off, off + size)), true) : (encSmallNumber(buf, off, size, num), false);
var encSmallNumber = (buf, off, size, num) => buf.write(octalString(num, size), off, size, "ascii");
var octalString = (num, size) => padOctal(Math.floor(num).toString(8), size);
var padOctal = (str, size) => (str.length === size - 1 ? str : new Array(size - str.length - 1).join("0") + str + " ") + "\0";
var encDate = (buf, off, size, date) => date === void 0 ? false : encNumber(buf, off, size, date.getTime() / 1e3);
var NULLS = new Array(156).join("\0");
var encString = (buf, off, size, str) => str === void 0 ? false : (buf.write(str + NULLS, off, size, "utf8"), str.length !== Buffer.byteLength(str) || str.length > size);

// ../../work/main/node_modules/tar/dist/esm/pax.js
import { basename } from "node:path";
var Pax = class _Pax {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(obj, global = false) {
    this.atime = obj.atime;
    this.charset = obj.charset;
    this.comment = obj.comment;
    this.ctime = obj.ctime;
    this.dev = obj.dev;
    this.gid = obj.gid;
    this.global = global;
    this.gname = obj.gname;
    this.ino = obj.ino;
    this.linkpath = obj.linkpath;
    this.mtime = obj.mtime;
    this.nlink = obj.nlink;
    this.path = obj.path;
    this.size = obj.size;
    this.uid = obj.uid;
    this.uname = obj.uname;
  }
  encode() {
    const body = this.encodeBody();
    if (body === "") {
      return Buffer.allocUnsafe(0);
    }
    const bodyLen = Buffer.byteLength(body);
    const bufLen = 512 * Math.ceil(1 + bodyLen / 512);
    const buf = Buffer.allocUnsafe(bufLen);
    for (let i = 0; i < 512; i++) {
      buf[i] = 0;
    }
    new Header({
      // XXX split the path
      // then the path should be PaxHeader + basename, but less than 99,
      // prepend with the dirname
      /* c8 ignore start */
      path: ("PaxHeader/" + basename(this.path ?? "")).slice(0, 99),
      /* c8 ignore stop */
      mode: this.mode || 420,
      uid: this.uid,
      gid: this.gid,
      size: bodyLen,
      mtime: this.mtime,
      type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader",
      linkpath: "",
      uname: this.uname || "",
      gname: this.gname || "",
      devmaj: 0,
      devmin: 0,
      atime: this.atime,
      ctime: this.ctime
    }).encode(buf);
    buf.write(body, 512, bodyLen, "utf8");
    for (let i = bodyLen + 512; i < buf.length; i++) {
      buf[i] = 0;
    }
    return buf;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(field) {
    if (this[field] === void 0) {
      return "";
    }
    const r = this[field];
    const v = r instanceof Date ? r.getTime() / 1e3 : r;
    const s = " " + (field === "dev" || field === "ino" || field === "nlink" ? "SCHILY." : "") + field + "=" + v + "\n";
    const byteLen = Buffer.byteLength(s);
    let digits = Math.floor(Math.log(byteLen) / Math.log(10)) + 1;
    if (byteLen + digits >= Math.pow(10, digits)) {
      digits += 1;
    }
    const len = digits + byteLen;
    return len + s;
  }
  static parse(str, ex, g = false) {
    return new _Pax(merge(parseKV(str), ex), g);
  }
};
var merge = (a, b) => b ? Object.assign({}, b, a) : a;
var parseKV = (str) => str.replace(/\n$/, "").split("\n").reduce(parseKVLine, /* @__PURE__ */ Object.create(null));
var parseKVLine = (set, line) => {
  const n = parseInt(line, 10);
  if (n !== Buffer.byteLength(line) + 1) {
    return set;
  }
  line = line.slice((n + " ").length);
  const kv = line.split("=");
  const r = kv.shift();
  if (!r) {
    return set;
  }
  const k = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1");
  const v = kv.join("=").replace(/\0.*/, "");
  switch (k) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      set[k] = v;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      set[k] = new Date(Number(v) * 1e3);
      break;
    case "size":
      const s = +v;
      if (s >= 0)
        set[k] = s;
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      set[k] = +v;
      break;
  }
  return set;
};

// ../../work/main/node_modules/tar/dist/esm/normalize-windows-path.js
var platform = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var normalizeWindowsPath = platform !== "win32" ? (p) => String(p) : (p) => String(p).replaceAll(/\\/g, "/");

// ../../work/main/node_modules/tar/dist/esm/read-entry.js
var ReadEntry = class extends Minipass {
  extended;
  globalExtended;
  header;
  startBlockSize;
  blockRemain;
  remain;
  type;
  meta = false;
  ignore = false;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size = 0;
  mtime;
  atime;
  ctime;
  linkpath;
  dev;
  ino;
  nlink;
  invalid = false;
  absolute;
  unsupported = false;
  constructor(header, ex, gex) {
    super({});
    this.pause();
    this.extended = ex;
    this.globalExtended = gex;
    this.header = header;
    this.remain = header.size ?? 0;
    this.startBlockSize = 512 * Math.ceil(this.remain / 512);
    this.blockRemain = this.startBlockSize;
    this.type = header.type;
    switch (this.type) {
      case "File":
      case "OldFile":
      case "Link":
      case "SymbolicLink":
      case "CharacterDevice":
      case "BlockDevice":
      case "Directory":
      case "FIFO":
      case "ContiguousFile":
      case "GNUDumpDir":
        break;
      case "NextFileHasLongLinkpath":
      case "NextFileHasLongPath":
      case "OldGnuLongPath":
      case "GlobalExtendedHeader":
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this.meta = true;
        break;
      // NOTE: gnutar and bsdtar treat unrecognized types as 'File'
      // it may be worth doing the same, but with a warning.
      default:
        this.ignore = true;
    }
    if (!header.path) {
      throw new Error("no path provided for tar.ReadEntry");
    }
    this.path = normalizeWindowsPath(header.path);
    this.mode = header.mode;
    if (this.mode) {
      this.mode = this.mode & 4095;
    }
    this.uid = header.uid;
    this.gid = header.gid;
    this.uname = header.uname;
    this.gname = header.gname;
    this.size = this.remain;
    this.mtime = header.mtime;
    this.atime = header.atime;
    this.ctime = header.ctime;
    this.linkpath = header.linkpath ? normalizeWindowsPath(header.linkpath) : void 0;
    this.uname = header.uname;
    this.gname = header.gname;
    if (ex) {
      this.#slurp(ex);
    }
    if (gex) {
      this.#slurp(gex, true);
    }
  }
  write(data) {
    const writeLen = data.length;
    if (writeLen > this.blockRemain) {
      throw new Error("writing more to entry than is appropriate");
    }
    const r = this.remain;
    const br = this.blockRemain;
    this.remain = Math.max(0, r - writeLen);
    this.blockRemain = Math.max(0, br - writeLen);
    if (this.ignore) {
      return true;
    }
    if (r >= writeLen) {
      return super.write(data);
    }
    return super.write(data.subarray(0, r));
  }
  #slurp(ex, gex = false) {
    if (ex.path)
      ex.path = normalizeWindowsPath(ex.path);
    if (ex.linkpath)
      ex.linkpath = normalizeWindowsPath(ex.linkpath);
    Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => {
      return !(v === null || v === void 0 || k === "path" && gex);
    })));
  }
};

// ../../work/main/node_modules/tar/dist/esm/warn-method.js
var warnMethod = (self, code2, message, data = {}) => {
  if (self.file) {
    data.file = self.file;
  }
  if (self.cwd) {
    data.cwd = self.cwd;
  }
  data.code = message instanceof Error && message.code || code2;
  data.tarCode = code2;
  if (!self.strict && data.recoverable !== false) {
    if (message instanceof Error) {
      data = Object.assign(message, data);
      message = message.message;
    }
    self.emit("warn", code2, message, data);
  } else if (message instanceof Error) {
    self.emit("error", Object.assign(message, data));
  } else {
    self.emit("error", Object.assign(new Error(`${code2}: ${message}`), data));
  }
};

// ../../work/main/node_modules/tar/dist/esm/parse.js
var maxMetaEntrySize = 1024 * 1024;
var gzipHeader = Buffer.from([31, 139]);
var zstdHeader = Buffer.from([40, 181, 47, 253]);
var ZIP_HEADER_LEN = Math.max(gzipHeader.length, zstdHeader.length);
var STATE = /* @__PURE__ */ Symbol("state");
var WRITEENTRY = /* @__PURE__ */ Symbol("writeEntry");
var READENTRY = /* @__PURE__ */ Symbol("readEntry");
var NEXTENTRY = /* @__PURE__ */ Symbol("nextEntry");
var PROCESSENTRY = /* @__PURE__ */ Symbol("processEntry");
var EX = /* @__PURE__ */ Symbol("extendedHeader");
var GEX = /* @__PURE__ */ Symbol("globalExtendedHeader");
var META = /* @__PURE__ */ Symbol("meta");
var EMITMETA = /* @__PURE__ */ Symbol("emitMeta");
var BUFFER2 = /* @__PURE__ */ Symbol("buffer");
var QUEUE = /* @__PURE__ */ Symbol("queue");
var ENDED = /* @__PURE__ */ Symbol("ended");
var EMITTEDEND = /* @__PURE__ */ Symbol("emittedEnd");
var EMIT = /* @__PURE__ */ Symbol("emit");
var UNZIP = /* @__PURE__ */ Symbol("unzip");
var CONSUMECHUNK = /* @__PURE__ */ Symbol("consumeChunk");
var CONSUMECHUNKSUB = /* @__PURE__ */ Symbol("consumeChunkSub");
var CONSUMEBODY = /* @__PURE__ */ Symbol("consumeBody");
var CONSUMEMETA = /* @__PURE__ */ Symbol("consumeMeta");
var CONSUMEHEADER = /* @__PURE__ */ Symbol("consumeHeader");
var CONSUMING = /* @__PURE__ */ Symbol("consuming");
var BUFFERCONCAT = /* @__PURE__ */ Symbol("bufferConcat");
var MAYBEEND = /* @__PURE__ */ Symbol("maybeEnd");
var WRITING = /* @__PURE__ */ Symbol("writing");
var ABORTED2 = /* @__PURE__ */ Symbol("aborted");
var DONE = /* @__PURE__ */ Symbol("onDone");
var SAW_VALID_ENTRY = /* @__PURE__ */ Symbol("sawValidEntry");
var SAW_NULL_BLOCK = /* @__PURE__ */ Symbol("sawNullBlock");
var SAW_EOF = /* @__PURE__ */ Symbol("sawEOF");
var CLOSESTREAM = /* @__PURE__ */ Symbol("closeStream");
var MAX_DECOMPRESSION_RATIO = 1e3;
var COMPRESSEDBYTESREAD = /* @__PURE__ */ Symbol("compressedBytesRead");
var DECOMPRESSEDBYTESREAD = /* @__PURE__ */ Symbol("decompressedBytesRead");
var CHECKDECOMPRESSIONRATIO = /* @__PURE__ */ Symbol("checkDecompressionRatio");
var noop2 = () => true;
var Parser = class extends EE {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = true;
  readable = false;
  [QUEUE] = [];
  [BUFFER2];
  [READENTRY];
  [WRITEENTRY];
  [STATE] = "begin";
  [META] = "";
  [EX];
  [GEX];
  [ENDED] = false;
  [UNZIP];
  [ABORTED2] = false;
  [SAW_VALID_ENTRY];
  [SAW_NULL_BLOCK] = false;
  [SAW_EOF] = false;
  [WRITING] = false;
  [CONSUMING] = false;
  [EMITTEDEND] = false;
  [COMPRESSEDBYTESREAD] = 0;
  [DECOMPRESSEDBYTESREAD] = 0;
  constructor(opt = {}) {
    super();
    this.file = opt.file || "";
    this.on(DONE, () => {
      if (this[STATE] === "begin" || this[SAW_VALID_ENTRY] === false) {
        this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
      }
    });
    if (opt.ondone) {
      this.on(DONE, opt.ondone);
    } else {
      this.on(DONE, () => {
        this.emit("prefinish");
        this.emit("finish");
        this.emit("end");
      });
    }
    this.strict = !!opt.strict;
    this.maxDecompressionRatio = typeof opt.maxDecompressionRatio === "number" ? opt.maxDecompressionRatio : MAX_DECOMPRESSION_RATIO;
    this.maxMetaEntrySize = opt.maxMetaEntrySize || maxMetaEntrySize;
    this.filter = typeof opt.filter === "function" ? opt.filter : noop2;
    const isTBR = opt.file && (opt.file.endsWith(".tar.br") || opt.file.endsWith(".tbr"));
    this.brotli = !(opt.gzip || opt.zstd) && opt.brotli !== void 0 ? opt.brotli : isTBR ? void 0 : false;
    const isTZST = opt.file && (opt.file.endsWith(".tar.zst") || opt.file.endsWith(".tzst"));
    this.zstd = !(opt.gzip || opt.brotli) && opt.zstd !== void 0 ? opt.zstd : isTZST ? true : void 0;
    this.on("end", () => this[CLOSESTREAM]());
    if (typeof opt.onwarn === "function") {
      this.on("warn", opt.onwarn);
    }
    if (typeof opt.onReadEntry === "function") {
      this.on("entry", opt.onReadEntry);
    }
  }
  warn(code2, message, data = {}) {
    warnMethod(this, code2, message, data);
  }
  [CONSUMEHEADER](chunk, position) {
    if (this[SAW_VALID_ENTRY] === void 0) {
      this[SAW_VALID_ENTRY] = false;
    }
    let header;
    try {
      header = new Header(chunk, position, this[EX], this[GEX]);
    } catch (er) {
      return this.warn("TAR_ENTRY_INVALID", er);
    }
    if (header.nullBlock) {
      if (this[SAW_NULL_BLOCK]) {
        this[SAW_EOF] = true;
        if (this[STATE] === "begin") {
          this[STATE] = "header";
        }
        this[EMIT]("eof");
      } else {
        this[SAW_NULL_BLOCK] = true;
        this[EMIT]("nullBlock");
      }
    } else {
      this[SAW_NULL_BLOCK] = false;
      if (!header.cksumValid) {
        this.warn("TAR_ENTRY_INVALID", "checksum failure", { header });
      } else if (!header.path) {
        this.warn("TAR_ENTRY_INVALID", "path is required", { header });
      } else {
        const type = header.type;
        if (/^(Symbolic)?Link$/.test(type) && !header.linkpath) {
          this.warn("TAR_ENTRY_INVALID", "linkpath required", {
            header
          });
        } else if (!/^(Symbolic)?Link$/.test(type) && !/^(Global)?ExtendedHeader$/.test(type) && header.linkpath) {
          this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", {
            header
          });
        } else {
          const entry = this[WRITEENTRY] = new ReadEntry(header, this[EX], this[GEX]);
          if (!this[SAW_VALID_ENTRY]) {
            if (entry.remain) {
              const onend = () => {
                if (!entry.invalid) {
                  this[SAW_VALID_ENTRY] = true;
                }
              };
              entry.on("end", onend);
            } else {
              this[SAW_VALID_ENTRY] = true;
            }
          }
          if (entry.meta) {
            if (entry.size > this.maxMetaEntrySize) {
              entry.ignore = true;
              this[EMIT]("ignoredEntry", entry);
              this[STATE] = "ignore";
              entry.resume();
            } else if (entry.size > 0) {
              this[META] = "";
              entry.on("data", (c) => this[META] += c);
              this[STATE] = "meta";
            }
          } else {
            this[EX] = void 0;
            entry.ignore = entry.ignore || !this.filter(entry.path, entry);
            if (entry.ignore) {
              this[EMIT]("ignoredEntry", entry);
              this[STATE] = entry.remain ? "ignore" : "header";
              entry.resume();
            } else {
              if (entry.remain) {
                this[STATE] = "body";
              } else {
                this[STATE] = "header";
                entry.end();
              }
              if (!this[READENTRY]) {
                this[QUEUE].push(entry);
                this[NEXTENTRY]();
              } else {
                this[QUEUE].push(entry);
              }
            }
          }
        }
      }
    }
  }
  [CLOSESTREAM]() {
    queueMicrotask(() => this.emit("close"));
  }
  [PROCESSENTRY](entry) {
    let go = true;
    if (!entry) {
      this[READENTRY] = void 0;
      go = false;
    } else if (Array.isArray(entry)) {
      const [ev, ...args] = entry;
      this.emit(ev, ...args);
    } else {
      this[READENTRY] = entry;
      this.emit("entry", entry);
      if (!entry.emittedEnd) {
        entry.on("end", () => this[NEXTENTRY]());
        go = false;
      }
    }
    return go;
  }
  [NEXTENTRY]() {
    do {
    } while (this[PROCESSENTRY](this[QUEUE].shift()));
    if (this[QUEUE].length === 0) {
      const re = this[READENTRY];
      const drainNow = !re || re.flowing || re.size === re.remain;
      if (drainNow) {
        if (!this[WRITING]) {
          this.emit("drain");
        }
      } else {
        re.once("drain", () => this.emit("drain"));
      }
    }
  }
  [CONSUMEBODY](chunk, position) {
    const entry = this[WRITEENTRY];
    if (!entry) {
      throw new Error("attempt to consume body without entry??");
    }
    const br = entry.blockRemain ?? 0;
    const c = br >= chunk.length && position === 0 ? chunk : chunk.subarray(position, position + br);
    entry.write(c);
    if (!entry.blockRemain) {
      this[STATE] = "header";
      this[WRITEENTRY] = void 0;
      entry.end();
    }
    return c.length;
  }
  [CONSUMEMETA](chunk, position) {
    const entry = this[WRITEENTRY];
    const ret = this[CONSUMEBODY](chunk, position);
    if (!this[WRITEENTRY] && entry) {
      this[EMITMETA](entry);
    }
    return ret;
  }
  [EMIT](ev, data, extra) {
    if (this[QUEUE].length === 0 && !this[READENTRY]) {
      this.emit(ev, data, extra);
    } else {
      this[QUEUE].push([ev, data, extra]);
    }
  }
  [EMITMETA](entry) {
    this[EMIT]("meta", this[META]);
    switch (entry.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[EX] = Pax.parse(this[META], this[EX], false);
        break;
      case "GlobalExtendedHeader":
        this[GEX] = Pax.parse(this[META], this[GEX], true);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        const ex = this[EX] ?? /* @__PURE__ */ Object.create(null);
        this[EX] = ex;
        ex.path = this[META].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        const ex = this[EX] || /* @__PURE__ */ Object.create(null);
        this[EX] = ex;
        ex.linkpath = this[META].replace(/\0.*/, "");
        break;
      }
      /* c8 ignore start */
      default:
        throw new Error("unknown meta: " + entry.type);
    }
  }
  abort(error) {
    if (this[ABORTED2]) {
      return;
    }
    if (this[UNZIP]) {
      const u = this[UNZIP];
      u.write = () => true;
      u.end = () => u;
      u.emit = () => false;
      u.destroy?.();
    }
    this[ABORTED2] = true;
    this.emit("abort", error);
    this.warn("TAR_ABORT", error, { recoverable: false });
  }
  [CHECKDECOMPRESSIONRATIO](chunk) {
    this[DECOMPRESSEDBYTESREAD] += chunk.length;
    const ratio = this[DECOMPRESSEDBYTESREAD] / this[COMPRESSEDBYTESREAD];
    if (ratio > this.maxDecompressionRatio) {
      this.abort(new Error(`max decompression ratio exceeded: ${ratio.toFixed(2)} > ${this.maxDecompressionRatio}`));
      return false;
    }
    return true;
  }
  write(chunk, encoding, cb) {
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = void 0;
    }
    if (typeof chunk === "string") {
      chunk = Buffer.from(
        chunk,
        /* c8 ignore next */
        typeof encoding === "string" ? encoding : "utf8"
      );
    }
    if (this[ABORTED2]) {
      cb?.();
      return false;
    }
    const needSniff = this[UNZIP] === void 0 || this.brotli === void 0 && this[UNZIP] === false;
    if (needSniff && chunk) {
      if (this[BUFFER2]) {
        chunk = Buffer.concat([this[BUFFER2], chunk]);
        this[BUFFER2] = void 0;
      }
      if (chunk.length < ZIP_HEADER_LEN) {
        this[BUFFER2] = chunk;
        cb?.();
        return true;
      }
      for (let i = 0; this[UNZIP] === void 0 && i < gzipHeader.length; i++) {
        if (chunk[i] !== gzipHeader[i]) {
          this[UNZIP] = false;
        }
      }
      let isZstd = false;
      if (this[UNZIP] === false && this.zstd !== false) {
        isZstd = true;
        for (let i = 0; i < zstdHeader.length; i++) {
          if (chunk[i] !== zstdHeader[i]) {
            isZstd = false;
            break;
          }
        }
      }
      const maybeBrotli = this.brotli === void 0 && !isZstd;
      if (this[UNZIP] === false && maybeBrotli) {
        if (chunk.length < 512) {
          if (this[ENDED]) {
            this.brotli = true;
          } else {
            this[BUFFER2] = chunk;
            cb?.();
            return true;
          }
        } else {
          try {
            new Header(chunk.subarray(0, 512));
            this.brotli = false;
          } catch (_) {
            this.brotli = true;
          }
        }
      }
      if (this[UNZIP] === void 0 || this[UNZIP] === false && (this.brotli || isZstd)) {
        const ended = this[ENDED];
        this[ENDED] = false;
        this[UNZIP] = this[UNZIP] === void 0 ? new Unzip({}) : isZstd ? new ZstdDecompress({}) : new BrotliDecompress({});
        this[UNZIP].on("data", (chunk2) => {
          if (this[CHECKDECOMPRESSIONRATIO](chunk2)) {
            this[CONSUMECHUNK](chunk2);
          }
        });
        this[UNZIP].on("error", (er) => {
          if (!this[ABORTED2]) {
            this.abort(er);
          }
        });
        this[UNZIP].on("end", () => {
          this[ENDED] = true;
          this[CONSUMECHUNK]();
        });
        this[WRITING] = true;
        this[COMPRESSEDBYTESREAD] += chunk.length;
        const ret2 = !!this[UNZIP][ended ? "end" : "write"](chunk);
        this[WRITING] = false;
        cb?.();
        return ret2;
      }
    }
    this[WRITING] = true;
    if (this[UNZIP]) {
      this[COMPRESSEDBYTESREAD] += chunk.length;
      this[UNZIP].write(chunk);
    } else {
      this[CONSUMECHUNK](chunk);
    }
    this[WRITING] = false;
    const ret = this[QUEUE].length > 0 ? false : this[READENTRY] ? this[READENTRY].flowing : true;
    if (!ret && this[QUEUE].length === 0) {
      this[READENTRY]?.once("drain", () => this.emit("drain"));
    }
    cb?.();
    return ret;
  }
  [BUFFERCONCAT](c) {
    if (c && !this[ABORTED2]) {
      this[BUFFER2] = this[BUFFER2] ? Buffer.concat([this[BUFFER2], c]) : c;
    }
  }
  [MAYBEEND]() {
    if (this[ENDED] && !this[EMITTEDEND] && !this[ABORTED2] && !this[CONSUMING]) {
      this[EMITTEDEND] = true;
      const entry = this[WRITEENTRY];
      if (entry?.blockRemain) {
        const have = this[BUFFER2] ? this[BUFFER2].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${entry.blockRemain} more bytes, only ${have} available)`, { entry });
        if (this[BUFFER2]) {
          entry.write(this[BUFFER2]);
        }
        entry.end();
      }
      this[EMIT](DONE);
    }
  }
  [CONSUMECHUNK](chunk) {
    if (this[CONSUMING] && chunk) {
      this[BUFFERCONCAT](chunk);
    } else if (!chunk && !this[BUFFER2]) {
      this[MAYBEEND]();
    } else if (chunk) {
      this[CONSUMING] = true;
      if (this[BUFFER2]) {
        this[BUFFERCONCAT](chunk);
        const c = this[BUFFER2];
        this[BUFFER2] = void 0;
        this[CONSUMECHUNKSUB](c);
      } else {
        this[CONSUMECHUNKSUB](chunk);
      }
      while (this[BUFFER2] && this[BUFFER2]?.length >= 512 && !this[ABORTED2] && !this[SAW_EOF]) {
        const c = this[BUFFER2];
        this[BUFFER2] = void 0;
        this[CONSUMECHUNKSUB](c);
      }
      this[CONSUMING] = false;
    }
    if (!this[BUFFER2] || this[ENDED]) {
      this[MAYBEEND]();
    }
  }
  [CONSUMECHUNKSUB](chunk) {
    let position = 0;
    const length = chunk.length;
    while (position + 512 <= length && !this[ABORTED2] && !this[SAW_EOF]) {
      switch (this[STATE]) {
        case "begin":
        case "header":
          this[CONSUMEHEADER](chunk, position);
          position += 512;
          break;
        case "ignore":
        case "body":
          position += this[CONSUMEBODY](chunk, position);
          break;
        case "meta":
          position += this[CONSUMEMETA](chunk, position);
          break;
        /* c8 ignore start */
        default:
          throw new Error("invalid state: " + this[STATE]);
      }
    }
    if (position < length) {
      this[BUFFER2] = this[BUFFER2] ? Buffer.concat([chunk.subarray(position), this[BUFFER2]]) : chunk.subarray(position);
    }
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === "function") {
      cb = chunk;
      encoding = void 0;
      chunk = void 0;
    }
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = void 0;
    }
    if (typeof chunk === "string") {
      chunk = Buffer.from(chunk, encoding);
    }
    if (cb)
      this.once("finish", cb);
    if (!this[ABORTED2]) {
      if (this[UNZIP]) {
        if (chunk) {
          this[COMPRESSEDBYTESREAD] += chunk.length;
          this[UNZIP].write(chunk);
        }
        this[UNZIP].end();
      } else {
        this[ENDED] = true;
        if (this.brotli === void 0 || this.zstd === void 0)
          chunk = chunk || Buffer.alloc(0);
        if (chunk)
          this.write(chunk);
        this[MAYBEEND]();
      }
    }
    return this;
  }
};

// src/error-message.ts
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/stats/archive-commit.ts
var FULL_SHA = /^[0-9a-f]{40}$/;
var SHORT_SHA = /^[0-9a-f]{7,40}$/;
function commitOfComment(comment) {
  return comment !== void 0 && FULL_SHA.test(comment) ? comment : null;
}
function shortShaOfFolder(folder, repo) {
  const prefix = `${repo.replace("/", "-")}-`.toLowerCase();
  if (!folder.toLowerCase().startsWith(prefix)) return null;
  const sha = folder.slice(prefix.length);
  return SHORT_SHA.test(sha) ? sha : null;
}
function folderCommitMismatch(topFolder, repo, commit) {
  if (topFolder === null || commit === null) return null;
  const short = shortShaOfFolder(topFolder, repo);
  if (short === null || commit.startsWith(short)) return null;
  return `the archive's folder ${topFolder} and its header's commit ${commit} disagree`;
}
function commitOfArchive(archive) {
  return archive.archiveCommit ?? (archive.topFolder === null ? null : /-([0-9a-f]{7,40})$/.exec(archive.topFolder)?.[1] ?? null);
}

// src/stats/considered-files.ts
function isIgnoredComponent(component) {
  return component === "vendor" || component === "testdata" || component.startsWith(".") || component.startsWith("_");
}
function fileRole(components) {
  if (components.length === 0 || components.some(isIgnoredComponent)) return "ignored";
  const name2 = components[components.length - 1];
  if (name2 === "go.mod") return "go.mod";
  return name2.endsWith(".go") ? "go" : "ignored";
}
function tarballPathParts(entryPath) {
  if (entryPath.startsWith("/")) return null;
  const parts = entryPath.split("/").filter((part) => part !== "" && part !== ".");
  return parts.includes("..") ? null : parts;
}

// src/stats/decoupled-pipe.ts
var MAX_QUEUED_CHUNKS = 8;
function decoupledPipe(source, sink, onError) {
  const queue = [];
  let scheduled = false;
  let ended = false;
  const drain = () => {
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
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };
  source.on("data", (chunk) => {
    queue.push(chunk);
    if (queue.length >= MAX_QUEUED_CHUNKS) source.pause();
    schedule();
  });
  source.on("end", () => {
    ended = true;
    schedule();
  });
}

// src/stats/buffer-view.ts
function bufferView(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// src/stats/go-scan-errors.ts
var NeedMoreInput = class extends Error {
};
var SyntaxError = class extends Error {
};

// src/stats/go-literals.ts
var UNDERSCORE = 95;
var RADIX_PREFIXES = /* @__PURE__ */ new Map([
  [120, ["x", 16]],
  [111, ["o", 8]],
  [98, ["b", 2]]
]);
var DOT = 46;
function isDecimal(c) {
  return c >= 48 && c <= 57;
}
function isHex(c) {
  return isDecimal(c) || lower(c) >= 97 && lower(c) <= 102;
}
function lower(c) {
  return c | 32;
}
function byteReader(src, atEof) {
  return (i) => {
    if (i < src.length) return src[i];
    if (!atEof) throw new NeedMoreInput();
    return -1;
  };
}
function literalName(prefix) {
  if (prefix === "x") return "hexadecimal literal";
  if (prefix === "o" || prefix === "0") return "octal literal";
  if (prefix === "b") return "binary literal";
  return "decimal literal";
}
function invalidSeparator(lit) {
  let x1 = " ";
  let d = ".";
  let i = 0;
  if (lit.length >= 2 && lit[0] === "0" && "xob".includes(lit[1].toLowerCase())) {
    x1 = lit[1].toLowerCase();
    d = "0";
    i = 2;
  }
  for (; i < lit.length; i++) {
    const p = d;
    d = lit[i];
    if (d === "_") {
      if (p !== "0") return i;
    } else if (isDecimal(d.charCodeAt(0)) || x1 === "x" && isHex(d.charCodeAt(0))) {
      d = "0";
    } else {
      if (p === "_") return i - 1;
      d = ".";
    }
  }
  return d === "_" ? lit.length - 1 : -1;
}
function numberEnd(src, start, atEof) {
  const at = byteReader(src, atEof);
  let i = start;
  let base = 10;
  let prefix = "";
  let sawDigit = false;
  let sawSeparator = false;
  let invalidDigit = -1;
  let isFloat = false;
  const digits = (digitBase) => {
    let any = false;
    for (let c = at(i); digitBase <= 10 ? isDecimal(c) || c === UNDERSCORE : isHex(c) || c === UNDERSCORE; c = at(++i)) {
      if (c === UNDERSCORE) sawSeparator = true;
      else any = true;
      if (c !== UNDERSCORE && digitBase < 10 && c >= 48 + digitBase && invalidDigit < 0) invalidDigit = i;
    }
    return any;
  };
  if (at(i) !== DOT) {
    if (at(i) === 48) {
      i++;
      const radix = RADIX_PREFIXES.get(lower(at(i)));
      if (radix) {
        [prefix, base] = radix;
        i++;
      } else {
        [prefix, base] = ["0", 8];
        sawDigit = true;
      }
    }
    sawDigit = digits(base) || sawDigit;
  }
  if (at(i) === DOT) {
    isFloat = true;
    if (prefix === "o" || prefix === "b") throw new SyntaxError(`invalid radix point in ${literalName(prefix)}`);
    i++;
    sawDigit = digits(base) || sawDigit;
  }
  if (!sawDigit) throw new SyntaxError(`${literalName(prefix)} has no digits`);
  const e = lower(at(i));
  if (e === 101 || e === 112) {
    if (e === 101 && prefix !== "" && prefix !== "0") throw new SyntaxError("'e' exponent requires decimal mantissa");
    if (e === 112 && prefix !== "x") throw new SyntaxError("'p' exponent requires hexadecimal mantissa");
    i++;
    isFloat = true;
    if (at(i) === 43 || at(i) === 45) i++;
    if (!digits(10)) throw new SyntaxError("exponent has no digits");
  } else if (prefix === "x" && isFloat) {
    throw new SyntaxError("hexadecimal mantissa requires a 'p' exponent");
  }
  const isImaginary = at(i) === 105;
  if (isImaginary) i++;
  if (!isFloat && !isImaginary && invalidDigit >= 0) throw new SyntaxError(`invalid digit in ${literalName(prefix)}`);
  if (sawSeparator && invalidSeparator(Buffer.from(src.subarray(start, i)).toString("latin1")) >= 0) {
    throw new SyntaxError("'_' must separate successive digits");
  }
  return i;
}
var OPERATORS = {
  ":": [":="],
  ".": ["..."],
  "+": ["+=", "++"],
  "-": ["-=", "--"],
  "*": ["*="],
  "/": ["/="],
  "%": ["%="],
  "^": ["^="],
  "<": ["<<=", "<-", "<=", "<<"],
  ">": [">>=", ">=", ">>"],
  "=": ["=="],
  "!": ["!="],
  "&": ["&^=", "&^", "&=", "&&"],
  "|": ["|=", "||"],
  "~": [],
  "[": [],
  "]": [],
  "{": [],
  "}": [],
  "(": [],
  ")": [],
  ",": [],
  ";": []
};
function isOperatorStart(c) {
  return String.fromCharCode(c) in OPERATORS;
}
function operatorLength(src, start, atEof) {
  const at = byteReader(src, atEof);
  const longer = OPERATORS[String.fromCharCode(src[start])] ?? [];
  const matches = (spelling) => {
    for (let k = 1; k < spelling.length; k++) if (at(start + k) !== spelling.charCodeAt(k)) return false;
    return true;
  };
  return longer.find(matches)?.length ?? 1;
}

// src/stats/go-lexer.ts
var NL = 10;
var GO_KEYWORDS = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var".split(
    " "
  )
);
var SEMI_KEYWORDS = /* @__PURE__ */ new Set(["break", "continue", "fallthrough", "return"]);
function isGoKeyword(word) {
  return GO_KEYWORDS.has(word);
}
function identifierEndsStatement(word) {
  return !GO_KEYWORDS.has(word) || SEMI_KEYWORDS.has(word);
}
var ESCAPED_BYTES = { 97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11, 92: 92 };
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
function isAsciiLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function hexValue(c) {
  if (isDecimal(c)) return c - 48;
  if (c >= 97 && c <= 102) return c - 97 + 10;
  if (c >= 65 && c <= 70) return c - 65 + 10;
  return -1;
}
function endsStatement(token) {
  switch (token.kind) {
    case "ident":
      return identifierEndsStatement(token.text);
    case "string":
    case "rparen":
    case "rbrace":
      return true;
    default:
      return false;
  }
}
var UNICODE_LETTER = new RegExp("^\\p{L}$", "u");
var UNICODE_DIGIT = new RegExp("^\\p{Nd}$", "u");
var GoLexer = class {
  /**
   * @param src the bytes seen so far
   * @param atEof whether `src` is the whole file; if not, running into its end throws NeedMoreInput
   * @param atFileStart whether `src` starts the file (where a byte order mark is skipped), or
   *   resumes it after a `;` or `(` (where no semicolon is pending)
   */
  constructor(src, atEof, atFileStart = true) {
    this.src = src;
    this.atEof = atEof;
    this.bytes = bufferView(src);
    this.byteAt = byteReader(src, atEof);
    if (!atFileStart) return;
    if (src[0] === 239 && src[1] === 187 && src[2] === 191) this.pos = 3;
    else if (!atEof && src.length < 3 && [239, 187, 191].slice(0, src.length).every((b, i) => src[i] === b)) {
      throw new NeedMoreInput();
    }
  }
  src;
  atEof;
  pos = 0;
  insertSemi = false;
  /** The same bytes as a Buffer view (no copy), for decoding token texts. */
  bytes;
  /** The byte at `i`, or -1 past the end of the file; asks for more input past the end of a prefix. */
  byteAt;
  /** Where the next token's scan starts: just past the last token returned. */
  get offset() {
    return this.pos;
  }
  next() {
    const semi = this.skipSpaceAndComments();
    if (semi) {
      this.insertSemi = false;
      return { kind: "semi", text: "\n" };
    }
    if (this.pos >= this.src.length) {
      if (!this.atEof) throw new NeedMoreInput();
      return { kind: "eof", text: "" };
    }
    const token = this.scanToken();
    this.insertSemi = endsStatement(token);
    return token;
  }
  /** Skips white space and comments; true when an automatic semicolon stands in that stretch. */
  skipSpaceAndComments() {
    const src = this.src;
    for (; ; ) {
      const c = src[this.pos];
      if (c === void 0) {
        return this.insertSemi && this.atEof;
      }
      if (c === 32 || c === 9 || c === 13) {
        this.pos++;
      } else if (c === NL) {
        if (this.insertSemi) return true;
        this.pos++;
      } else if (c === 47 && src[this.pos + 1] === 47) {
        this.skipLineComment();
        if (this.insertSemi) return true;
      } else if (c === 47 && src[this.pos + 1] === 42) {
        const hadNewline = this.skipBlockComment();
        if (hadNewline && this.insertSemi) return true;
      } else if (c === 47 && this.pos + 1 >= src.length && !this.atEof) {
        throw new NeedMoreInput();
      } else {
        return false;
      }
    }
  }
  skipLineComment() {
    const end = this.src.indexOf(NL, this.pos);
    if (end === -1) {
      if (!this.atEof) throw new NeedMoreInput();
      this.checkText(this.pos + 2, this.src.length);
      this.pos = this.src.length;
    } else {
      this.checkText(this.pos + 2, end);
      this.pos = end;
    }
  }
  skipBlockComment() {
    const src = this.src;
    let i = this.pos + 2;
    let newline = false;
    for (; ; ) {
      if (i + 1 >= src.length) {
        if (!this.atEof) throw new NeedMoreInput();
        throw new SyntaxError("comment not terminated");
      }
      if (src[i] === 42 && src[i + 1] === 47) break;
      if (src[i] === NL) newline = true;
      i++;
    }
    this.checkText(this.pos + 2, i);
    this.pos = i + 2;
    return newline;
  }
  scanToken() {
    const src = this.src;
    const c = src[this.pos];
    if (isAsciiLetter(c) || c >= 128) return this.scanIdentifier();
    switch (c) {
      case DOUBLE_QUOTE:
        return this.scanInterpreted();
      case 96:
        return this.scanRaw();
      case SINGLE_QUOTE:
        this.scanRune();
        return this.other("rune");
      case 40:
        this.pos++;
        return { kind: "lparen", text: "(" };
      case 41:
        this.pos++;
        return { kind: "rparen", text: ")" };
      case 125:
        this.pos++;
        return { kind: "rbrace", text: "}" };
      case 59:
        this.pos++;
        return { kind: "semi", text: ";" };
      case 44:
        this.pos++;
        return { kind: "comma", text: "," };
      case 0:
        throw new SyntaxError("illegal character NUL");
    }
    if (isDecimal(c) || c === 46 && isDecimal(this.byteAt(this.pos + 1))) {
      this.pos = numberEnd(src, this.pos, this.atEof);
      return this.other("number");
    }
    if (c === 46 && operatorLength(src, this.pos, this.atEof) === 1) {
      this.pos++;
      return { kind: "period", text: "." };
    }
    if (isOperatorStart(c)) {
      this.pos += operatorLength(src, this.pos, this.atEof);
      return this.other("operator");
    }
    throw new SyntaxError(`illegal character U+${c.toString(16).toUpperCase().padStart(4, "0")}`);
  }
  /** A token the import reader never looks into: reading stops there. */
  other(text) {
    return { kind: "other", text };
  }
  /**
   * Go's scanner decodes the character after every token it returns, and reports a NUL, invalid
   * UTF-8 or a misplaced byte order mark there; go/parser reads one token past the imports.
   */
  checkCharacterAfterToken() {
    if (this.pos >= this.src.length) {
      if (!this.atEof) throw new NeedMoreInput();
      return;
    }
    const c = this.src[this.pos];
    if (c === 0) throw new SyntaxError("illegal character NUL");
    if (c >= 128) this.decodeRune(this.pos);
  }
  scanIdentifier() {
    const src = this.src;
    const start = this.pos;
    let i = this.pos;
    for (; ; ) {
      if (i >= src.length) {
        if (!this.atEof) throw new NeedMoreInput();
        break;
      }
      const c = src[i];
      if (isAsciiLetter(c) || isDecimal(c)) {
        i++;
      } else if (c >= 128) {
        const [cp, width] = this.decodeRune(i);
        const ch = String.fromCodePoint(cp);
        if (UNICODE_LETTER.test(ch) || i > start && UNICODE_DIGIT.test(ch)) i += width;
        else if (i === start) throw new SyntaxError(`illegal character U+${cp.toString(16).toUpperCase()}`);
        else break;
      } else {
        break;
      }
    }
    this.pos = i;
    return { kind: "ident", text: this.bytes.toString("utf8", start, i) };
  }
  scanInterpreted() {
    const out = [];
    const { end } = this.scanQuoted(DOUBLE_QUOTE, out);
    const text = this.bytes.toString("utf8", this.pos, end);
    this.pos = end;
    return { kind: "string", text, value: Uint8Array.from(out) };
  }
  scanRune() {
    const { end, runes } = this.scanQuoted(SINGLE_QUOTE, []);
    this.pos = end;
    if (runes !== 1) throw new SyntaxError("illegal rune literal");
  }
  /**
   * Reads the string or rune literal at `pos` up to its closing `quote`, appending the bytes it
   * stands for to `out`; returns the offset after the closing quote and how many characters it holds.
   */
  scanQuoted(quote, out) {
    const src = this.src;
    let i = this.pos + 1;
    let runes = 0;
    for (; ; ) {
      if (i >= src.length) {
        if (!this.atEof) throw new NeedMoreInput();
        throw new SyntaxError(`${quote === DOUBLE_QUOTE ? "string" : "rune"} literal not terminated`);
      }
      const c = src[i];
      if (c === quote) return { end: i + 1, runes };
      if (c === NL) throw new SyntaxError(`${quote === DOUBLE_QUOTE ? "string" : "rune"} literal not terminated`);
      runes++;
      if (c === 92) {
        i = this.scanEscape(i + 1, out, quote);
      } else if (c >= 128) {
        const [, width] = this.decodeRune(i);
        for (let k = 0; k < width; k++) out.push(src[i + k]);
        i += width;
      } else {
        if (c === 0) throw new SyntaxError("illegal character NUL");
        out.push(c);
        i++;
      }
    }
  }
  /** Reads one escape after its backslash, appends the bytes it stands for, returns the next offset. */
  scanEscape(i, out, quote) {
    const src = this.src;
    const need = (n) => {
      if (i + n > src.length) {
        if (!this.atEof) throw new NeedMoreInput();
        throw new SyntaxError("escape sequence not terminated");
      }
    };
    need(1);
    const c = src[i];
    if (c === quote || ESCAPED_BYTES[c] !== void 0) {
      out.push(ESCAPED_BYTES[c] ?? c);
      return i + 1;
    }
    if (c >= 48 && c <= 55) {
      need(3);
      const v2 = this.escapeDigits(i, 3, 8);
      if (v2 > 255) throw new SyntaxError("escape sequence is invalid Unicode code point");
      out.push(v2);
      return i + 3;
    }
    const digits = c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
    if (digits === 0) throw new SyntaxError("unknown escape sequence");
    need(1 + digits);
    const v = this.escapeDigits(i + 1, digits, 16);
    if (c === 120) {
      out.push(v);
    } else {
      if (v > 1114111 || v >= 55296 && v < 57344) throw new SyntaxError("escape sequence is invalid Unicode code point");
      out.push(...Buffer.from(String.fromCodePoint(v), "utf8"));
    }
    return i + 1 + digits;
  }
  /** The value of `count` digits in `base` at `i`; Go rejects a non-digit (or a NUL) there. */
  escapeDigits(i, count, base) {
    let v = 0;
    for (let k = 0; k < count; k++) {
      const d = hexValue(this.src[i + k]);
      if (d < 0 || d >= base) throw new SyntaxError("illegal character in escape sequence");
      v = v * base + d;
    }
    return v;
  }
  scanRaw() {
    const src = this.src;
    const end = src.indexOf(96, this.pos + 1);
    if (end === -1) {
      if (!this.atEof) throw new NeedMoreInput();
      throw new SyntaxError("raw string literal not terminated");
    }
    this.checkText(this.pos + 1, end);
    const value = src.subarray(this.pos + 1, end).filter((b) => b !== 13);
    const text = this.bytes.toString("utf8", this.pos, end + 1);
    this.pos = end + 1;
    return { kind: "string", text, value: Uint8Array.from(value) };
  }
  /** Go's scanner rejects NUL, invalid UTF-8 and a byte order mark past the start, even in comments. */
  checkText(from, to) {
    const src = this.src;
    for (let i = from; i < to; ) {
      const c = src[i];
      if (c < 128) {
        if (c === 0) throw new SyntaxError("illegal character NUL");
        i++;
      } else {
        i += this.decodeRune(i)[1];
      }
    }
  }
  /** Decodes the UTF-8 sequence at `i` the way Go does, rejecting what Go rejects. */
  decodeRune(i) {
    const src = this.src;
    const b0 = src[i];
    const width = b0 >= 240 ? 4 : b0 >= 224 ? 3 : b0 >= 192 ? 2 : 1;
    if (i + width > src.length && !this.atEof) throw new NeedMoreInput();
    const invalid = () => {
      throw new SyntaxError("illegal UTF-8 encoding");
    };
    if (width === 1 || b0 > 244 || b0 === 192 || b0 === 193) invalid();
    let cp = b0 & 255 >> width + 1;
    for (let k = 1; k < width; k++) {
      const b = src[i + k];
      if (b === void 0 || (b & 192) !== 128) invalid();
      cp = cp << 6 | b & 63;
    }
    const min = width === 2 ? 128 : width === 3 ? 2048 : 65536;
    if (cp < min || cp > 1114111 || cp >= 55296 && cp < 57344) invalid();
    if (cp === 65279) throw new SyntaxError("illegal byte order mark");
    return [cp, width];
  }
};
function unquoteGoString(text) {
  try {
    const lexer = new GoLexer(Buffer.from(text, "utf8"), true);
    const token = lexer.next();
    const rest = lexer.next();
    if (token.kind !== "string" || token.text !== text || rest.kind !== "semi") return null;
    return Buffer.from(token.value).toString("utf8");
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

// src/stats/common-imports.ts
import { isAscii as isAscii2, isUtf8 } from "node:buffer";

// src/stats/import-path.ts
import { isAscii } from "node:buffer";
var ILLEGAL_IN_PATH = /* @__PURE__ */ new Set([..."!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD"]);
var GRAPHIC = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;
var SPACE = /^\s$/u;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function allowedInPath(ch) {
  return GRAPHIC.test(ch) && !SPACE.test(ch) && !ILLEGAL_IN_PATH.has(ch);
}
var ASCII_ALLOWED = Uint8Array.from({ length: 128 }, (_, byte) => allowedInPath(String.fromCharCode(byte)) ? 1 : 0);
function isAllowedAsciiPath(bytes, from, to) {
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (byte >= 128 || ASCII_ALLOWED[byte] === 0) return false;
  }
  return true;
}
function importPath(value) {
  if (value.length === 0) return null;
  if (isAscii(value)) {
    return isAllowedAsciiPath(value, 0, value.length) ? bufferView(value).toString("latin1") : null;
  }
  let path;
  try {
    path = utf8.decode(value);
  } catch {
    return null;
  }
  for (const ch of path) if (!allowedInPath(ch)) return null;
  return path;
}

// src/stats/common-imports.ts
var MORE = -1;
var STOP = 0;
var IDENT = 1;
var STRING = 2;
var LPAREN = 3;
var RPAREN = 4;
var SEMI = 5;
var PERIOD = 6;
var EOF2 = 7;
var NL2 = 10;
var STAR_SLASH = Buffer.from("*/");
var BOM = Buffer.from([239, 187, 191]);
var LETTER = 1;
var DIGIT = 2;
var IDENTIFIER_BYTES = Uint8Array.from({ length: 256 }, (_, c) => isAsciiLetter(c) ? LETTER : isDecimal(c) ? DIGIT : 0);
var CommonLexer = class {
  constructor(src, atEof) {
    this.src = src;
    this.atEof = atEof;
  }
  src;
  atEof;
  pos = 0;
  /** The last identifier's text, or the last string's unquoted value. */
  text = "";
  insertSemi = false;
  /** Whether the last identifier is `word`. */
  spells(word) {
    return this.text === word;
  }
  /** The next token's kind, or MORE or STOP: the reader expects neither, so reading ends there. */
  next() {
    const src = this.src;
    for (; ; ) {
      if (this.pos >= src.length) {
        if (!this.atEof) return MORE;
        if (!this.insertSemi) return EOF2;
        this.insertSemi = false;
        return SEMI;
      }
      const c = src[this.pos];
      if (c === 32 || c === 9 || c === 13) {
        this.pos++;
      } else if (c === NL2) {
        if (this.insertSemi) {
          this.insertSemi = false;
          return SEMI;
        }
        this.pos++;
      } else if (c === 47) {
        const skipped = this.skipComment();
        if (skipped <= STOP) return skipped;
        if (skipped === NL2 && this.insertSemi) {
          this.insertSemi = false;
          return SEMI;
        }
      } else {
        return this.token(c);
      }
    }
  }
  /** Skips the comment at `pos`: NL for a block comment with a newline inside, MORE, STOP, or 1. */
  skipComment() {
    const src = this.src;
    const next = src[this.pos + 1];
    if (next === 47) {
      const end = src.indexOf(NL2, this.pos);
      if (end === -1 && !this.atEof) return MORE;
      this.pos = end === -1 ? src.length : end;
      return 1;
    }
    if (next === 42) {
      const end = src.indexOf(STAR_SLASH, this.pos + 2);
      if (end === -1) return this.atEof ? STOP : MORE;
      const start = this.pos + 2;
      this.pos = end + 2;
      if (!this.insertSemi) return 1;
      const newline = src.indexOf(NL2, start);
      return newline !== -1 && newline < end ? NL2 : 1;
    }
    return next === void 0 && !this.atEof ? MORE : STOP;
  }
  token(c) {
    const src = this.src;
    const start = this.pos;
    if (IDENTIFIER_BYTES[c] === LETTER) {
      let end = start + 1;
      while (end < src.length && IDENTIFIER_BYTES[src[end]] !== 0) end++;
      if (end >= src.length && !this.atEof) return MORE;
      if (src[end] >= 128) return STOP;
      this.pos = end;
      this.text = src.toString("latin1", start, end);
      this.insertSemi = identifierEndsStatement(this.text);
      return IDENT;
    }
    this.pos++;
    this.insertSemi = false;
    switch (c) {
      case 34: {
        const end = src.indexOf(34, this.pos);
        if (!isAllowedAsciiPath(src, this.pos, end === -1 ? src.length : end)) return STOP;
        if (end === -1 && !this.atEof) return MORE;
        if (end === -1 || end === this.pos) return STOP;
        this.text = src.toString("latin1", this.pos, end);
        this.pos = end + 1;
        this.insertSemi = true;
        return STRING;
      }
      case 40:
        return LPAREN;
      case 41:
        this.insertSemi = true;
        return RPAREN;
      case 59:
        return SEMI;
      case 46: {
        const next = src[this.pos];
        if (next === void 0 && !this.atEof) return MORE;
        if (next === 46 || next !== void 0 && IDENTIFIER_BYTES[next] === DIGIT) return STOP;
        return PERIOD;
      }
      default:
        return STOP;
    }
  }
};
function isCleanText(bytes) {
  if (bytes.indexOf(0) !== -1) return false;
  return isAscii2(bytes) || isUtf8(bytes) && bytes.indexOf(BOM) === -1;
}
function failure(tok) {
  return tok === MORE ? MORE : STOP;
}
function readSpec(lexer, first, imports) {
  let tok = first;
  if (tok === PERIOD || tok === IDENT && !isGoKeyword(lexer.text)) tok = lexer.next();
  if (tok !== STRING) return failure(tok);
  imports.push(lexer.text);
  tok = lexer.next();
  if (tok === SEMI) return lexer.next();
  return tok === RPAREN ? tok : failure(tok);
}
function readImports(lexer) {
  let tok = lexer.next();
  if (tok !== IDENT || !lexer.spells("package")) return failure(tok);
  tok = lexer.next();
  if (tok !== IDENT || isGoKeyword(lexer.text)) return failure(tok);
  tok = lexer.next();
  if (tok !== SEMI) return failure(tok);
  const imports = [];
  tok = lexer.next();
  while (tok === IDENT && lexer.spells("import")) {
    tok = lexer.next();
    if (tok === LPAREN) {
      tok = lexer.next();
      while (tok > STOP && tok !== RPAREN) tok = readSpec(lexer, tok, imports);
      if (tok <= STOP) return tok;
      tok = lexer.next();
      if (tok !== SEMI) return failure(tok);
      tok = lexer.next();
    } else {
      tok = readSpec(lexer, tok, imports);
    }
  }
  return tok === IDENT || tok === EOF2 ? imports : failure(tok);
}
function scanCommonImports(src, atEof) {
  const bytes = bufferView(src);
  if (bytes[0] === BOM[0]) return void 0;
  const lexer = new CommonLexer(bytes, atEof);
  const imports = readImports(lexer);
  if (imports === MORE) return isCleanText(bytes) ? { status: "more" } : void 0;
  if (typeof imports === "number") return void 0;
  if (bytes[lexer.pos] === 0 || !isCleanText(bytes.subarray(0, lexer.pos))) return void 0;
  return { status: "ok", imports };
}

// src/stats/go-imports.ts
var ImportReader = class {
  constructor(lexer, phase) {
    this.lexer = lexer;
    this.resume = { offset: 0, phase, imports: 0 };
  }
  lexer;
  tok = { kind: "eof", text: "" };
  imports = [];
  resume;
  /** Whether the current token is of `kind` (and spelled `text`, when given). */
  is(kind, text) {
    return this.tok.kind === kind && (text === void 0 || this.tok.text === text);
  }
  advance() {
    this.tok = this.lexer.next();
  }
  fail(expected) {
    throw new SyntaxError(`expected ${expected}, found ${this.tok.kind === "eof" ? "EOF" : `'${this.tok.text}'`}`);
  }
  /** Notes that reading can resume just past the current token, expecting `phase`. */
  mark(phase) {
    this.resume = { offset: this.lexer.offset, phase, imports: this.imports.length };
  }
  /** A semicolon, or nothing before a closing `)` or `}` (Go's parser allows both); then `next`. */
  expectSemi(next) {
    if (this.is("rparen") || this.is("rbrace")) return;
    if (!this.is("semi")) this.fail("';'");
    this.mark(next);
    this.advance();
  }
  read() {
    const { phase } = this.resume;
    this.advance();
    if (phase === "package") this.readPackageClause();
    else if (phase === "group") this.readGroupRest();
    while (this.is("ident", "import")) {
      this.advance();
      if (this.is("lparen")) {
        this.mark("group");
        this.advance();
        this.readGroupRest();
      } else {
        this.readSpec("declarations");
      }
    }
    this.lexer.checkCharacterAfterToken();
  }
  readPackageClause() {
    if (!this.is("ident", "package")) this.fail("'package'");
    this.advance();
    if (!this.is("ident") || isGoKeyword(this.tok.text)) this.fail("package name");
    this.advance();
    this.expectSemi("declarations");
  }
  /** The specs of an import group after its `(`, its `)` and the semicolon after it. */
  readGroupRest() {
    while (!this.is("rparen") && !this.is("eof")) this.readSpec("group");
    if (!this.is("rparen")) this.fail("')'");
    this.advance();
    this.expectSemi("declarations");
  }
  readSpec(next) {
    if (this.is("period") || this.is("ident") && !isGoKeyword(this.tok.text)) this.advance();
    if (!this.is("string")) this.fail("import path");
    const path = importPath(this.tok.value);
    if (path === null) throw new SyntaxError(`invalid import path: ${this.tok.text}`);
    this.imports.push(path);
    this.advance();
    this.expectSemi(next);
  }
};
function scanGoImports(src, atEof) {
  return scanCommonImports(src, atEof) ?? scanAllImports(src, atEof);
}
function scanAllImports(src, atEof) {
  const scan = scanImportsFrom(src, atEof, "package");
  return scan.status === "more" ? { status: "more" } : scan;
}
function scanImportsFrom(src, atEof, phase) {
  let reader;
  try {
    reader = new ImportReader(new GoLexer(src, atEof, phase === "package"), phase);
    reader.read();
    return { status: "ok", imports: reader.imports };
  } catch (error) {
    if (error instanceof NeedMoreInput) {
      return { status: "more", imports: reader?.imports ?? [], resume: reader?.resume ?? { offset: 0, phase, imports: 0 } };
    }
    if (error instanceof SyntaxError) return { status: "error", reason: error.message };
    throw error;
  }
}

// src/stats/newline-count-wasm.ts
var NEWLINE_COUNT_WASM = "AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAEAcSAgZtZW1vcnkCAAVjb3VudAAACrwBAbkBAgR/AXsgAEFwcSEDAkADQCABIANPDQH9DAAAAAAAAAAAAAAAAAAAAAAhBUEAIQQCQANAIAEgA08NASAEQf8BTw0BIAUgAf0ABABBCv0P/SP9cSEFIAFBEGohASAEQQFqIQQMAAsLIAX9ff1/IQUgAiAF/RsAIAX9GwFqIAX9GwIgBf0bA2pqaiECDAALCwJAA0AgASAATw0BIAEtAABBCkYEQCACQQFqIQILIAFBAWohAQwACwsgAgs=";

// src/stats/newline-count.ts
var NL3 = 10;
var indexOfNewlineCounter = (bytes) => {
  let n = 0;
  for (let i = bytes.indexOf(NL3); i !== -1; i = bytes.indexOf(NL3, i + 1)) n++;
  return n;
};
function wasmNewlineCounter() {
  if (typeof WebAssembly === "undefined") return null;
  const bytes = Buffer.from(NEWLINE_COUNT_WASM, "base64");
  if (!WebAssembly.validate(bytes)) return null;
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  const memory = new Uint8Array(exports.memory.buffer);
  const count = exports.count;
  return (chunk) => {
    if (chunk.length <= memory.length) {
      memory.set(chunk);
      return count(chunk.length);
    }
    let n = 0;
    for (let start = 0; start < chunk.length; start += memory.length) {
      const part = chunk.subarray(start, start + memory.length);
      memory.set(part);
      n += count(part.length);
    }
    return n;
  };
}
var counter;
function countNewlines(bytes) {
  counter ??= wasmNewlineCounter() ?? indexOfNewlineCounter;
  return counter(bytes);
}

// src/stats/line-count.ts
var LineCounter = class {
  newlines = 0;
  lastByte = -1;
  add(chunk) {
    if (chunk.length === 0) return;
    this.newlines += countNewlines(chunk);
    this.lastByte = chunk[chunk.length - 1];
  }
  get lines() {
    return this.newlines + (this.lastByte !== -1 && this.lastByte !== 10 ? 1 : 0);
  }
};

// src/stats/limits.ts
var MEBIBYTE = 1024 * 1024;
var DEFAULT_MAX_INFLATED_BYTES = 8 * 1024 * MEBIBYTE;
var MAX_GO_MOD_BYTES = MEBIBYTE;
var MAX_TOKEN_BYTES = MEBIBYTE;
var MAX_IMPORT_PATHS = 2e5;
var MAX_IMPORT_PATH_BYTES = 16 * MEBIBYTE;
var MAX_MODULE_PATHS = 2e5;
var MAX_MODULE_PATH_BYTES = 16 * MEBIBYTE;
var LimitExceeded = class extends Error {
  name = "LimitExceeded";
};

// src/stats/bounded-path-set.ts
var BoundedPathSet = class {
  /** @param what the paths, as the limit's error names them ("distinct import paths") */
  constructor(what, maxCount, maxBytes) {
    this.what = what;
    this.maxCount = maxCount;
    this.maxBytes = maxBytes;
  }
  what;
  maxCount;
  maxBytes;
  paths = /* @__PURE__ */ new Set();
  bytes = 0;
  add(path) {
    if (this.paths.has(path)) return;
    this.paths.add(path);
    this.bytes += Buffer.byteLength(path);
    if (this.paths.size > this.maxCount) throw new LimitExceeded(`more than ${this.maxCount} ${this.what} (the limit for one repository)`);
    if (this.bytes > this.maxBytes) throw new LimitExceeded(`${this.what} longer than ${this.maxBytes} bytes in all (the limit for one repository)`);
  }
  has(path) {
    return this.paths.has(path);
  }
  [Symbol.iterator]() {
    return this.paths.values();
  }
};

// src/stats/go-compactor.ts
import { isAscii as isAscii3, isUtf8 as isUtf82 } from "node:buffer";
var NL4 = 10;
var SLASH = 47;
var STAR = 42;
var BACKSLASH = 92;
var DOUBLE_QUOTE2 = 34;
var SINGLE_QUOTE2 = 39;
var BACK_QUOTE = 96;
var STAR_SLASH2 = Buffer.from("*/");
var BOM2 = Buffer.from([239, 187, 191]);
var NEWLINES = Buffer.alloc(4096, NL4);
function isSpace(c) {
  return c === 32 || c === 9 || c === 13 || c === NL4;
}
function incompleteTail(bytes, from, end) {
  for (let j = end - 1; j >= Math.max(from, end - 3); j--) {
    const b = bytes[j];
    if ((b & 192) === 128) continue;
    const width = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return j + width > end ? j : end;
  }
  return end;
}
var CODE = 0;
var AFTER_SLASH = 1;
var LINE_COMMENT = 2;
var BLOCK_COMMENT = 3;
var BLOCK_COMMENT_STAR = 4;
var QUOTED = 5;
var ESCAPED = 6;
var RAW = 7;
var NOTHING = 0;
var SPACE2 = 1;
var NEWLINE = 2;
var CLEAN = 0;
var BAD_COMMENTS = [
  null,
  Buffer.from("/*\0*/", "latin1"),
  // illegal character NUL
  Buffer.from([SLASH, STAR, 255, STAR, SLASH]),
  // illegal UTF-8 encoding
  Buffer.from("/*\uFEFF*/", "utf8")
  // illegal byte order mark
];
var NUL_FAULT = 1;
var UTF8_FAULT = 2;
var BOM_FAULT = 3;
var MAX_EXTRA = 8;
var GoCompactor = class {
  state = CODE;
  quote = 0;
  written = NOTHING;
  commentHasNewline = false;
  fault = CLEAN;
  /** UTF-8 in comment text: continuation bytes still due, the code point so far, its least value. */
  pending = 0;
  codePoint = 0;
  least = 0;
  out = Buffer.alloc(0);
  length = 0;
  /** A rejected comment was written: what follows is never read. */
  blocked = false;
  /** The short form of `chunk`, the next bytes of the file. */
  add(chunk) {
    if (this.blocked) return Buffer.alloc(0);
    if (this.out.length < chunk.length + MAX_EXTRA) this.out = Buffer.allocUnsafe(chunk.length + MAX_EXTRA);
    this.length = 0;
    this.compact(bufferView(chunk));
    return Buffer.from(this.out.subarray(0, this.length));
  }
  /** What is left to write at the end of the file. */
  finish() {
    if (this.blocked) return Buffer.alloc(0);
    if (this.out.length < MAX_EXTRA) this.out = Buffer.allocUnsafe(MAX_EXTRA);
    this.length = 0;
    if (this.state === AFTER_SLASH) this.token(SLASH);
    else if (this.state === LINE_COMMENT) this.endComment(true);
    else if (this.state === BLOCK_COMMENT || this.state === BLOCK_COMMENT_STAR) this.write(Buffer.from("/*"));
    this.state = CODE;
    return Buffer.from(this.out.subarray(0, this.length));
  }
  compact(chunk) {
    const n = chunk.length;
    for (let i = 0; i < n && !this.blocked; i++) {
      const c = chunk[i];
      switch (this.state) {
        case CODE:
          if (c === SLASH) this.state = AFTER_SLASH;
          else if (isSpace(c)) i = this.skipSpace(chunk, i) - 1;
          else this.token(c);
          break;
        case AFTER_SLASH:
          if (c === SLASH || c === STAR) this.startComment(c === SLASH ? LINE_COMMENT : BLOCK_COMMENT);
          else {
            this.token(SLASH);
            i--;
          }
          break;
        case LINE_COMMENT: {
          const end = chunk.indexOf(NL4, i);
          this.checkText(chunk, i, end === -1 ? n : end);
          if (end === -1) return;
          this.endComment(true);
          i = end - 1;
          break;
        }
        case BLOCK_COMMENT: {
          const close = chunk.indexOf(STAR_SLASH2, i);
          const end = close !== -1 ? close : chunk[n - 1] === STAR ? n - 1 : n;
          this.checkText(chunk, i, end);
          if (close !== -1) {
            this.endComment(this.commentHasNewline);
            i = close + 1;
          } else {
            if (end < n) this.state = BLOCK_COMMENT_STAR;
            return;
          }
          break;
        }
        case BLOCK_COMMENT_STAR:
          if (c === SLASH) {
            this.endComment(this.commentHasNewline);
          } else {
            this.checkByte(STAR);
            this.state = BLOCK_COMMENT;
            i--;
          }
          break;
        case QUOTED:
          this.put(c);
          if (c === BACKSLASH) this.state = ESCAPED;
          else if (c === this.quote || c === NL4) this.state = CODE;
          break;
        case ESCAPED:
          this.put(c);
          this.state = QUOTED;
          break;
        default: {
          const close = chunk.indexOf(BACK_QUOTE, i);
          const end = close === -1 ? n : close + 1;
          this.write(chunk.subarray(i, end));
          if (close === -1) return;
          this.state = CODE;
          i = end - 1;
        }
      }
    }
  }
  /** A run of white space from `i`, written as `space` would write it byte by byte; returns where it ends. */
  skipSpace(chunk, i) {
    const n = chunk.length;
    const block = NEWLINES.length;
    for (; i < n; i++) {
      const c = chunk[i];
      if (c === NL4) {
        if (this.written < NEWLINE) this.space(NEWLINE);
        while (chunk[i + block] === NL4 && chunk.compare(NEWLINES, 0, block, i + 1, i + 1 + block) === 0) i += block;
      } else if (c === 32 || c === 9 || c === 13) {
        if (this.written === NOTHING) this.space(SPACE2);
      } else {
        break;
      }
    }
    return i;
  }
  /** White space: written once per run, a newline once more if the run has one. */
  space(kind) {
    if (this.written >= kind) return;
    this.put(kind === NEWLINE ? NL4 : 32);
    this.written = kind;
  }
  token(c) {
    this.put(c);
    this.written = NOTHING;
    this.state = CODE;
    if (c === DOUBLE_QUOTE2 || c === SINGLE_QUOTE2) {
      this.state = QUOTED;
      this.quote = c;
    } else if (c === BACK_QUOTE) {
      this.state = RAW;
    }
  }
  startComment(state) {
    this.state = state;
    this.commentHasNewline = false;
    this.fault = CLEAN;
    this.pending = 0;
  }
  /** A comment ends: it is white space (with a newline when it holds one), or a short comment Go rejects. */
  endComment(hasNewline) {
    this.state = CODE;
    if (this.pending > 0) this.setFault(UTF8_FAULT);
    if (this.fault !== CLEAN) {
      this.write(BAD_COMMENTS[this.fault]);
      this.blocked = true;
    } else {
      this.space(hasNewline ? NEWLINE : SPACE2);
    }
  }
  /** Checks comment text `chunk[from, end)`: natively where it is whole UTF-8, byte by byte around a fault or a split sequence. */
  checkText(chunk, from, end) {
    if (this.state === BLOCK_COMMENT && !this.commentHasNewline) this.commentHasNewline = chunk.subarray(from, end).indexOf(NL4) !== -1;
    let i = from;
    while (this.pending > 0 && i < end && this.fault === CLEAN) this.checkByte(chunk[i++]);
    if (this.fault !== CLEAN || i >= end) return;
    const cut = incompleteTail(chunk, i, end);
    const text = chunk.subarray(i, cut);
    const clean = isAscii3(text) ? text.indexOf(0) === -1 : isUtf82(text) && text.indexOf(0) === -1 && text.indexOf(BOM2) === -1;
    if (!clean) for (let k = i; k < cut && this.fault === CLEAN; k++) this.checkByte(chunk[k]);
    for (let k = cut; k < end && this.fault === CLEAN; k++) this.checkByte(chunk[k]);
  }
  /** One byte of comment text, checked as Go's scanner decodes it. */
  checkByte(c) {
    if (this.pending > 0) {
      if ((c & 192) !== 128) {
        this.setFault(UTF8_FAULT);
        return;
      }
      this.codePoint = this.codePoint << 6 | c & 63;
      if (--this.pending === 0) this.checkCodePoint();
    } else if (c < 128) {
      if (c === 0) this.setFault(NUL_FAULT);
    } else if (c < 194 || c > 244) {
      this.setFault(UTF8_FAULT);
    } else {
      this.pending = c >= 240 ? 3 : c >= 224 ? 2 : 1;
      this.codePoint = c & 255 >> this.pending + 2;
      this.least = this.pending === 1 ? 128 : this.pending === 2 ? 2048 : 65536;
    }
  }
  checkCodePoint() {
    const cp = this.codePoint;
    if (cp < this.least || cp > 1114111 || cp >= 55296 && cp < 57344) this.setFault(UTF8_FAULT);
    else if (cp === 65279) this.setFault(BOM_FAULT);
  }
  setFault(fault) {
    if (this.fault === CLEAN) this.fault = fault;
  }
  put(c) {
    this.out[this.length++] = c;
  }
  write(bytes) {
    bytes.copy(this.out, this.length);
    this.length += bytes.length;
  }
};

// src/stats/streaming-imports.ts
var RESCAN_BYTES = 4096;
var StreamingImportScan = class {
  compactor = new GoCompactor();
  /** The short form from the resume point on, as one buffer and the pieces added since it was joined. */
  window = Buffer.alloc(0);
  pieces = [];
  windowLength = 0;
  phase = "package";
  imports = new BoundedPathSet("distinct import paths", MAX_IMPORT_PATHS, MAX_IMPORT_PATH_BYTES);
  scannedLength = 0;
  result = null;
  /** Reads the next bytes of the file; returns the verdict once they decide it, else null. */
  add(chunk) {
    if (this.result) return this.result;
    this.append(this.compactor.add(chunk));
    if (this.compactor.blocked) this.scan(true);
    else if (this.windowLength >= 2 * this.scannedLength + RESCAN_BYTES) this.scan(false);
    return this.result;
  }
  /** The verdict, at the end of the file. */
  finish() {
    if (!this.result) {
      this.append(this.compactor.finish());
      this.scan(true);
    }
    return this.result;
  }
  append(bytes) {
    if (bytes.length === 0) return;
    this.pieces.push(bytes);
    this.windowLength += bytes.length;
  }
  scan(atEof) {
    if (this.pieces.length > 0) this.window = Buffer.concat([this.window, ...this.pieces], this.windowLength);
    this.pieces = [];
    for (; ; ) {
      const truncated = this.window.length > MAX_TOKEN_BYTES;
      const scan = scanImportsFrom(truncated ? this.window.subarray(0, MAX_TOKEN_BYTES) : this.window, atEof && !truncated, this.phase);
      if (scan.status !== "more") {
        this.settle(scan);
        return;
      }
      const { offset, phase, imports } = scan.resume;
      if (truncated && offset === 0) {
        throw new LimitExceeded(`a token of more than ${MAX_TOKEN_BYTES} bytes in the package clause or imports (the limit for one token)`);
      }
      for (let i = 0; i < imports; i++) this.imports.add(scan.imports[i]);
      if (offset > 0) this.window = Buffer.from(this.window.subarray(offset));
      this.phase = phase;
      this.windowLength = this.window.length;
      this.scannedLength = this.window.length;
      if (!truncated) return;
    }
  }
  settle(scan) {
    if (scan.status === "error") {
      this.result = scan;
      return;
    }
    for (const path of scan.imports) this.imports.add(path);
    this.result = { status: "ok", imports: [...this.imports] };
  }
};

// src/stats/go-file-reader.ts
var WHOLE_PREFIX_BYTES = 64 * 1024;
var GoFileReader = class _GoFileReader {
  counter = new LineCounter();
  prefix = [];
  prefixLength = 0;
  scannedLength = 0;
  scan = null;
  streaming = null;
  /** Lines and imports of a file held whole. */
  static read(content) {
    if (content.length > WHOLE_PREFIX_BYTES) {
      const reader = new _GoFileReader();
      reader.add(content);
      return reader.finish();
    }
    const counter2 = new LineCounter();
    counter2.add(content);
    return { lines: counter2.lines, scan: scanGoImports(content, true) };
  }
  add(chunk) {
    this.counter.add(chunk);
    if (this.scan) return;
    if (this.streaming) {
      this.scan = this.streaming.add(chunk);
      return;
    }
    this.prefix.push(chunk);
    this.prefixLength += chunk.length;
    if (this.prefixLength >= 2 * this.scannedLength || this.prefixLength > WHOLE_PREFIX_BYTES) this.tryScan();
  }
  finish() {
    if (!this.scan) this.scan = this.streaming ? this.streaming.finish() : scanGoImports(this.joinPrefix(), true);
    return { lines: this.counter.lines, scan: this.scan };
  }
  joinPrefix() {
    const bytes = this.prefix.length === 1 ? this.prefix[0] : Buffer.concat(this.prefix, this.prefixLength);
    this.prefix = [bytes];
    return bytes;
  }
  tryScan() {
    const bytes = this.joinPrefix();
    this.scannedLength = this.prefixLength;
    const whole = bytes.length <= WHOLE_PREFIX_BYTES;
    const result = scanGoImports(whole ? bytes : bytes.subarray(0, WHOLE_PREFIX_BYTES), false);
    if (result.status !== "more") {
      this.scan = result;
      this.prefix = [];
    } else if (!whole) {
      this.prefix = [];
      this.streaming = new StreamingImportScan();
      this.scan = this.streaming.add(bytes);
    }
  }
};

// src/stats/gzip-decoder.ts
import { Transform } from "node:stream";
import { createInflateRaw } from "node:zlib";

// src/stats/crc32.ts
import * as zlib from "node:zlib";
var TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
  return c >>> 0;
});
var tableCrc32 = (data, crc) => {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
  return ~c >>> 0;
};
var crc322 = zlib.crc32 ?? tableCrc32;

// src/stats/gzip-decoder.ts
var GzipError = class extends Error {
  name = "GzipError";
};
var ID1 = 31;
var ID2 = 139;
var DEFLATE = 8;
var RESERVED_FLAGS = 224;
var TRAILER_BYTES = 8;
var CHUNK_BYTES = 1 << 20;
var FIXED = 0;
var EXTRA_LENGTH = 1;
var EXTRA = 2;
var NAME = 3;
var COMMENT = 4;
var HEADER_CRC = 5;
var DONE2 = 6;
var FIXED_BYTES = 10;
var OPTIONAL_FIELDS = [
  [EXTRA_LENGTH, 4],
  [NAME, 8],
  [COMMENT, 16],
  [HEADER_CRC, 2]
];
var NotAMember = class extends Error {
};
var MemberHeader = class {
  /** Bytes read so far. */
  length = 0;
  step = FIXED;
  flags = 0;
  twoBytes = 0;
  twoBytesRead = 0;
  extraLeft = 0;
  crc = 0;
  get done() {
    return this.step === DONE2;
  }
  /** Reads what it can from `chunk[offset..]`; returns the offset after the header, or the chunk's end. */
  read(chunk, offset) {
    let i = offset;
    while (i < chunk.length && this.step !== DONE2) {
      const start = i;
      const step = this.step;
      i = this.readStep(chunk, i);
      this.length += i - start;
      if (step !== HEADER_CRC) this.crc = crc322(chunk.subarray(start, i), this.crc);
    }
    return i;
  }
  readStep(chunk, i) {
    switch (this.step) {
      case FIXED:
        this.readFixed(chunk[i]);
        return i + 1;
      case EXTRA_LENGTH:
      case HEADER_CRC:
        this.readTwoBytes(chunk[i]);
        return i + 1;
      case EXTRA: {
        const n = Math.min(this.extraLeft, chunk.length - i);
        this.extraLeft -= n;
        if (this.extraLeft === 0) this.next();
        return i + n;
      }
      default: {
        const end = chunk.indexOf(0, i);
        if (end === -1) return chunk.length;
        this.next();
        return end + 1;
      }
    }
  }
  readFixed(c) {
    const at = this.length;
    if (at < 2 && c !== (at === 0 ? ID1 : ID2)) throw new NotAMember();
    if (at === 2 && c !== DEFLATE) throw new GzipError("corrupt gzip data (unknown compression method)");
    if (at === 3) {
      if (c & RESERVED_FLAGS) throw new GzipError("corrupt gzip data (unknown header flags set)");
      this.flags = c;
    }
    if (at === FIXED_BYTES - 1) this.next();
  }
  /** XLEN and the header CRC: two bytes, little-endian. */
  readTwoBytes(c) {
    this.twoBytes |= c << 8 * this.twoBytesRead++;
    if (this.twoBytesRead < 2) return;
    const value = this.twoBytes;
    this.twoBytes = 0;
    this.twoBytesRead = 0;
    if (this.step === HEADER_CRC && value !== (this.crc & 65535)) throw new GzipError("corrupt gzip data (header crc mismatch)");
    if (this.step === EXTRA_LENGTH && value > 0) {
      this.extraLeft = value;
      this.step = EXTRA;
    } else {
      this.next();
    }
  }
  /** On to the next field the flags announce. */
  next() {
    const field = OPTIONAL_FIELDS.find(([step, flag]) => step > this.step && (this.flags & flag) !== 0);
    this.step = field ? field[0] : DONE2;
  }
};
var GzipDecoder = class extends Transform {
  phase = "header";
  header = new MemberHeader();
  inflater = null;
  members = 0;
  crc = 0;
  /** Output not yet in `crc`, checked later so that the inflater's next step need not wait for it. */
  unchecked = [];
  size = 0;
  trailer = Buffer.alloc(TRAILER_BYTES);
  trailerLength = 0;
  /** Input bytes before the current chunk. */
  position = 0;
  /** Where the last member ended in the input. */
  memberEnd = 0;
  /** Where bytes that are not gzip follow the last member, or -1. */
  trailingGarbageAt = -1;
  _transform(chunk, _encoding, callback) {
    this.consume(chunk, 0, (error) => {
      this.position += chunk.length;
      callback(error);
    });
  }
  _flush(callback) {
    if (this.phase === "header" && this.members > 0 && this.header.length === 1) this.trailingGarbageAt = this.memberEnd;
    const ended = this.phase === "trailing" || this.phase === "header" && this.members > 0 && this.header.length < 2;
    callback(ended ? null : new GzipError("truncated gzip stream"));
  }
  // Output waits while its reader is behind: the inflater is paused when a push is refused.
  _read(size) {
    this.inflater?.resume();
    super._read(size);
  }
  _destroy(error, callback) {
    this.inflater?.destroy();
    callback(error);
  }
  /** Reads `chunk` from `offset`, through as many members as it holds; calls `done` once all of it is read. */
  consume(chunk, offset, done) {
    try {
      while (offset < chunk.length) {
        if (this.phase === "header") offset = this.readHeader(chunk, offset);
        else if (this.phase === "trailer") offset = this.readTrailer(chunk, offset);
        else if (this.phase === "body") return this.inflate(chunk, offset, done);
        else break;
      }
    } catch (error) {
      done(error);
      return;
    }
    done();
  }
  readHeader(chunk, offset) {
    try {
      const end = this.header.read(chunk, offset);
      if (this.header.done) this.startBody();
      return end;
    } catch (error) {
      if (!(error instanceof NotAMember)) throw error;
      if (this.members === 0) throw new GzipError("not a gzip file");
      this.phase = "trailing";
      this.trailingGarbageAt = this.memberEnd;
      return chunk.length;
    }
  }
  startBody() {
    const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
    inflater.on("data", (data) => {
      this.size = (this.size + data.length) % 4294967296;
      if (this.unchecked.push(data) === 1) setImmediate(() => this.updateCrc());
      if (!this.push(data)) inflater.pause();
    });
    inflater.on("error", (error) => this.destroy(new GzipError(`corrupt gzip data (${error.message})`)));
    this.inflater = inflater;
    this.phase = "body";
  }
  /** Hands the rest of `chunk` to the inflater; it takes less than all only where the member's deflate data ends. */
  inflate(chunk, offset, done) {
    const inflater = this.inflater;
    const part = chunk.subarray(offset);
    const before = inflater.bytesWritten;
    inflater.write(part, (error) => {
      if (error) return;
      const used = inflater.bytesWritten - before;
      if (used === part.length) return done();
      const next = () => {
        inflater.destroy();
        this.inflater = null;
        this.phase = "trailer";
        this.consume(chunk, offset + used, done);
      };
      if (inflater.readableEnded) next();
      else inflater.once("end", next);
    });
  }
  updateCrc() {
    for (const data of this.unchecked) this.crc = crc322(data, this.crc);
    this.unchecked = [];
  }
  readTrailer(chunk, offset) {
    const n = Math.min(TRAILER_BYTES - this.trailerLength, chunk.length - offset);
    chunk.copy(this.trailer, this.trailerLength, offset, offset + n);
    this.trailerLength += n;
    if (this.trailerLength < TRAILER_BYTES) return offset + n;
    this.updateCrc();
    if (this.trailer.readUInt32LE(0) !== this.crc) throw new GzipError("corrupt gzip data (incorrect data check)");
    if (this.trailer.readUInt32LE(4) !== this.size) throw new GzipError("corrupt gzip data (incorrect length check)");
    this.members++;
    this.crc = 0;
    this.size = 0;
    this.trailerLength = 0;
    this.header = new MemberHeader();
    this.phase = "header";
    this.memberEnd = this.position + offset + n;
    return offset + n;
  }
};

// src/stats/go-mod.ts
function tokens(line) {
  const out = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (line.startsWith("//", i)) {
      break;
    } else if (c === '"' || c === "`") {
      const end = quotedEnd(line, i);
      out.push(line.slice(i, end));
      i = end;
    } else if (c === "(" || c === ")") {
      out.push(c);
      i++;
    } else {
      let j = i;
      while (j < line.length && !' 	\r"`()'.includes(line[j]) && !line.startsWith("//", j)) j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}
function quotedEnd(line, start) {
  const quote = line[start];
  let j = start + 1;
  while (j < line.length && line[j] !== quote) j += quote === '"' && line[j] === "\\" ? 2 : 1;
  return Math.min(j + 1, line.length);
}
function unquote(word) {
  return word.startsWith('"') || word.startsWith("`") ? unquoteGoString(word) : word;
}
function goModulePaths(content) {
  const paths = [];
  let block = null;
  for (const line of content.split("\n")) {
    const words = tokens(line);
    if (block !== null) {
      if (words[0] === ")") block = null;
      else if (block === "module" && words.length === 1) pushPath(paths, words[0]);
    } else if (words.length >= 2 && words[words.length - 1] === "(") {
      block = words.length === 2 ? words[0] : "";
    } else if (words[0] === "module" && words.length === 2) {
      pushPath(paths, words[1]);
    }
  }
  return paths;
}
function pushPath(paths, word) {
  const path = unquote(word);
  if (path) paths.push(path);
}

// src/stats/stats-builder.ts
function isLocalImport(path) {
  return path === "." || path === ".." || path.startsWith("./") || path.startsWith("../");
}
function isInModules(path, modules) {
  if (modules.has(path)) return true;
  for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
    if (modules.has(path.slice(0, slash))) return true;
  }
  return false;
}
var StatsBuilder = class {
  files = 0;
  lines = 0;
  unparsed = 0;
  imports = new BoundedPathSet("distinct import paths", MAX_IMPORT_PATHS, MAX_IMPORT_PATH_BYTES);
  modules = new BoundedPathSet("distinct module paths", MAX_MODULE_PATHS, MAX_MODULE_PATH_BYTES);
  addGoFile(lines, scan) {
    this.files++;
    this.lines += lines;
    if (scan.status === "ok") for (const path of scan.imports) this.imports.add(path);
    else this.unparsed++;
  }
  addGoMod(content) {
    for (const path of goModulePaths(content)) this.modules.add(path);
  }
  /** @param repo `owner/repo`, whose own `github.com/owner/repo` paths are not dependencies */
  finish(repo) {
    const own = `github.com/${repo}`.toLowerCase();
    const isDependency = (path) => {
      const first = path.split("/", 1)[0];
      if (!first.includes(".")) return false;
      if (isLocalImport(path)) return false;
      const lower2 = path.toLowerCase();
      if (lower2 === own || lower2.startsWith(`${own}/`)) return false;
      return !isInModules(path, this.modules);
    };
    let deps = 0;
    for (const path of this.imports) if (isDependency(path)) deps++;
    return { files: this.files, lines: this.lines, deps, unparsed: this.unparsed };
  }
};

// src/stats/tarball-stats.ts
var REGULAR_FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
function archiveError(label, error, entryPath) {
  if (error instanceof SourceError) return error;
  const message = `${label}: ${entryPath === void 0 ? "" : `${entryPath}: `}${errorMessage(error)}`;
  return error instanceof LimitExceeded ? new SourceError(message) : new Error(message, { cause: error });
}
function folderAtTop(entry, parts) {
  if (!parts || parts.length === 0 || parts.length === 1 && entry.type !== "Directory") return null;
  return parts[0];
}
function entryRole(entry, parts) {
  const role = parts && REGULAR_FILE_TYPES.has(entry.type) ? fileRole(parts.slice(1)) : "ignored";
  return role === "go.mod" && entry.size > MAX_GO_MOD_BYTES ? "ignored" : role;
}
function readEntry(entry, role, builder, onError) {
  let failed = false;
  const fail = (error) => {
    failed = true;
    onError(error);
  };
  if (role === "go") {
    const file = new GoFileReader();
    entry.on("data", (chunk) => {
      if (failed) return;
      try {
        file.add(chunk);
      } catch (error) {
        fail(error);
      }
    });
    entry.on("end", () => {
      if (failed) return;
      try {
        const { lines, scan } = file.finish();
        builder.addGoFile(lines, scan);
      } catch (error) {
        fail(error);
      }
    });
  } else if (role === "go.mod") {
    const chunks = [];
    entry.on("data", (chunk) => chunks.push(chunk));
    entry.on("end", () => {
      try {
        builder.addGoMod(Buffer.concat(chunks).toString("utf8"));
      } catch (error) {
        fail(error);
      }
    });
  } else {
    entry.resume();
  }
}
var TarballReading = class {
  constructor(input, repo, label, maxInflatedBytes, resolve, reject) {
    this.input = input;
    this.repo = repo;
    this.label = label;
    this.maxInflatedBytes = maxInflatedBytes;
    this.resolve = resolve;
    this.reject = reject;
    this.parser = new Parser({ strict: true, brotli: false, zstd: false, filter: (path, entry) => this.keep(path, entry) });
    this.parser.on("entry", (entry) => readEntry(entry, this.roles.get(entry), this.builder, (error) => this.fail(archiveError(label, error, entry.path))));
    this.parser.on("eof", () => this.archiveEnded = true);
    this.parser.on("error", (error) => this.fail(new SourceError(`${label}: corrupt tar archive (${error.message})`)));
    this.parser.on("end", () => this.finish());
    input.on("error", (error) => this.fail(error instanceof SourceError ? error : new SourceError(`${label}: ${error.message}`)));
    this.gunzip.on("error", (error) => this.fail(error instanceof GzipError ? new SourceError(`${label}: ${error.message}`) : archiveError(label, error)));
    input.pipe(this.gunzip);
    decoupledPipe(this.gunzip, { write: (chunk) => this.write(chunk), end: () => this.end() }, (error) => this.fail(archiveError(label, error)));
  }
  input;
  repo;
  label;
  maxInflatedBytes;
  resolve;
  reject;
  builder = new StatsBuilder();
  gunzip = new GzipDecoder();
  parser;
  // The filter sees each entry just before the parser emits it (if kept): its role is worked out once.
  roles = /* @__PURE__ */ new WeakMap();
  topFolder = null;
  comment;
  archiveEnded = false;
  inflated = 0;
  settled = false;
  keep(path, entry) {
    const parts = tarballPathParts(path);
    this.topFolder ??= folderAtTop(entry, parts);
    this.comment ??= entry.globalExtended?.comment;
    const role = entryRole(entry, parts);
    if (role !== "ignored") this.roles.set(entry, role);
    return role !== "ignored";
  }
  write(chunk) {
    if (this.settled) return;
    this.inflated += chunk.length;
    if (this.inflated > this.maxInflatedBytes) {
      this.fail(new SourceError(`${this.label}: archive inflates to more than ${this.maxInflatedBytes} bytes (the limit for one archive)`));
    } else if (!this.archiveEnded) {
      this.parser.write(chunk);
    }
  }
  end() {
    if (this.settled) return;
    if (this.gunzip.trailingGarbageAt !== -1 && !this.archiveEnded) {
      const at = this.gunzip.trailingGarbageAt;
      this.fail(new SourceError(`${this.label}: corrupt gzip data (bytes that are not gzip at offset ${at}, before the tar archive ends)`));
    } else {
      this.parser.end();
    }
  }
  finish() {
    if (this.settled) return;
    const archiveCommit = commitOfComment(this.comment);
    const mismatch = folderCommitMismatch(this.topFolder, this.repo, archiveCommit);
    if (mismatch !== null) {
      this.fail(new SourceError(`${this.label}: ${mismatch}`));
      return;
    }
    this.settled = true;
    this.resolve({ stats: this.builder.finish(this.repo), topFolder: this.topFolder, archiveCommit });
  }
  fail(error) {
    if (this.settled) return;
    this.settled = true;
    this.input.unpipe(this.gunzip);
    this.input.destroy();
    this.gunzip.destroy();
    this.reject(error);
  }
};
function tarballStats(input, repo, label, options = {}) {
  const maxInflatedBytes = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  return new Promise((resolve, reject) => new TarballReading(input, repo, label, maxInflatedBytes, resolve, reject));
}

// src/stats/record.ts
function successRecord(repo, commit, stats) {
  return { repo, commit, files: stats.files, lines: stats.lines, deps: stats.deps, unparsed: stats.unparsed, error: null };
}
function failureRecord(repo, commit, error) {
  return { repo, commit, files: null, lines: null, deps: null, unparsed: null, error };
}
function resultLine(record) {
  return `${record.repo}, ${record.deps}, ${record.lines}`;
}
function recordToJson(record) {
  const { repo, commit, files, lines, deps, unparsed, error } = record;
  return JSON.stringify({ repo, commit, files, lines, deps, unparsed, error });
}

// src/store/data-layout.ts
var RESULTS_PATH = "stats/results";
var RECORDS_PATH = "stats/records.jsonl";
var PROJECTS_DIR = "projects/";
var DEFAULT_DATA_BRANCH = "tusk/{branch}";
function isValidBranchName(name2) {
  return name2 !== "" && !/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name2) && !name2.includes("..") && !name2.includes("@{") && !name2.includes("//") && !name2.startsWith("/") && !name2.endsWith("/") && !name2.endsWith(".lock") && !name2.endsWith(".") && !name2.split("/").some((part) => part.startsWith("."));
}
function dataBranchFor(template, sourceBranch) {
  const name2 = template.replaceAll("{branch}", sourceBranch);
  if (!isValidBranchName(name2)) throw new Error(`data branch "${name2}" (from "${template}") is not a valid branch name`);
  return name2;
}
function sortRecords(records) {
  return sortByName(records, (record) => record.repo);
}
function renderResults(records) {
  return sortRecords(records).filter((record) => record.error === null).map((record) => `${resultLine(record)}
`).join("");
}
function renderRecords(records) {
  return sortRecords(records).map((record) => `${recordToJson(record)}
`).join("");
}
function isCount(value) {
  return value === null || typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function parseRecords(text, where) {
  const records = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const fail = (why) => {
      throw new Error(`${where}:${RECORDS_PATH}:${index + 1}: ${why}`);
    };
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      return fail("not a JSON object");
    }
    const { repo, commit, files, lines, deps, unparsed, error } = value;
    if (typeof repo !== "string") fail('"repo" is not a string');
    if (commit !== null && typeof commit !== "string") fail('"commit" is not a string or null');
    if (error !== null && typeof error !== "string") fail('"error" is not a string or null');
    if (![files, lines, deps, unparsed].every(isCount)) fail("a count is not a whole number or null");
    records.push({ repo, commit, files, lines, deps, unparsed, error });
  });
  return records;
}

export {
  __require,
  __commonJS,
  __toESM,
  errorMessage,
  NotFoundError,
  canonicalName,
  nameKey,
  diffData,
  isEmpty,
  counts,
  parseInputFiles,
  successRecord,
  failureRecord,
  resultLine,
  recordToJson,
  SourceError,
  commitOfArchive,
  fileRole,
  MAX_GO_MOD_BYTES,
  LimitExceeded,
  GoFileReader,
  StatsBuilder,
  tarballStats,
  RESULTS_PATH,
  RECORDS_PATH,
  PROJECTS_DIR,
  DEFAULT_DATA_BRANCH,
  isValidBranchName,
  dataBranchFor,
  sortRecords,
  renderResults,
  renderRecords,
  parseRecords
};
