/** Go's isValidImport: which import paths go/parser accepts. */
import { isAscii } from 'node:buffer';
import { bufferView } from './buffer-view.js';

const ILLEGAL_IN_PATH = new Set([...'!"#$%&\'()*,:;<=>?[\\]^{|}`\uFFFD']);
const GRAPHIC = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const SPACE = /^\s$/u;
// ignoreBOM: a leading U+FEFF stays in the path (and makes it invalid, as in Go) instead of being dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function allowedInPath(ch: string): boolean {
  return GRAPHIC.test(ch) && !SPACE.test(ch) && !ILLEGAL_IN_PATH.has(ch);
}

/** The rule above for each ASCII byte, worked out once: nearly every path is ASCII. */
const ASCII_ALLOWED = Uint8Array.from({ length: 0x80 }, (_, byte) => (allowedInPath(String.fromCharCode(byte)) ? 1 : 0));

/** Whether `bytes[from, to)` are all ASCII characters allowed in an import path. */
export function isAllowedAsciiPath(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x80 || ASCII_ALLOWED[byte] === 0) return false;
  }
  return true;
}

/** The import path a string literal's value stands for, or null when Go rejects it. */
export function importPath(value: Uint8Array): string | null {
  if (value.length === 0) return null;
  if (isAscii(value)) {
    return isAllowedAsciiPath(value, 0, value.length) ? bufferView(value).toString('latin1') : null;
  }
  let path: string;
  try {
    path = utf8.decode(value);
  } catch {
    return null;
  }
  for (const ch of path) if (!allowedInPath(ch)) return null;
  return path;
}
