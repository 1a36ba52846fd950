import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-2GFPVB4A.js";
import {
  renderMarkdown
} from "./chunks/chunk-2Z2J7XKH.js";
import {
  TuskClient
} from "./chunks/chunk-BACFNF6V.js";
import "./chunks/chunk-SIJA2ZBU.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-5HH5TNBY.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-A7IO7WN2.js";
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
