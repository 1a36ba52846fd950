import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-A3U4BQB3.js";
import {
  TuskClient
} from "./chunks/chunk-JJKC3L6I.js";
import "./chunks/chunk-HVHMNXLV.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-3TVXKJCV.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  renderMarkdown,
  tarballStats
} from "./chunks/chunk-2MR3JX77.js";
import "./chunks/chunk-KQGWDRHS.js";
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
