import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-LQRQJD6L.js";
import {
  renderMarkdown
} from "./chunks/chunk-NOEGLT2G.js";
import {
  TuskClient
} from "./chunks/chunk-H4A7CVTH.js";
import {
  parseInputFiles
} from "./chunks/chunk-47NBW5RE.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-VY3GLPGG.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-DKDX2KGV.js";
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
