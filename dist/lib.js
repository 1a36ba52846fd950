import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  SourceError,
  canonicalName,
  compareNames,
  directoryStats,
  localSourceRecord,
  nameKey,
  parseSourceArgument,
  tarballStats
} from "./chunks/chunk-2DZUQHN3.js";
import "./chunks/chunk-KQGWDRHS.js";

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
      const name = canonicalName(text);
      if (name === null) {
        invalid.push({ file: file.path, line: index + 1, text });
        return;
      }
      if (!seen.has(nameKey(name))) seen.set(nameKey(name), { name, file: file.path, line: index + 1 });
    });
  }
  const names = [...seen.values()].sort((a, b) => compareNames(a.name, b.name));
  return { names, invalid };
}
export {
  SourceError,
  canonicalName,
  directoryStats,
  localSourceRecord,
  parseInputFiles,
  parseSourceArgument,
  tarballStats
};
