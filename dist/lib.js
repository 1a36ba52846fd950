import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-IA5UB4QK.js";
import {
  renderMarkdown
} from "./chunks/chunk-ZFHPSU2Q.js";
import {
  TuskClient
} from "./chunks/chunk-65DXZUQK.js";
import {
  parseInputFiles
} from "./chunks/chunk-3QN6EUB3.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-JHJL45BG.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-V36KKXQZ.js";
export {
  SourceError,
  TuskClient,
  canonicalName,
  diffData,
  directoryStats,
  localSourceRecord,
  parseInputFiles,
  parseSourceArgument,
  renderJson,
  renderMarkdown,
  renderText,
  tarballStats
};
