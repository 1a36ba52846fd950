import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-3SMTWFXD.js";
import {
  renderMarkdown
} from "./chunks/chunk-FSJMRTI6.js";
import {
  TuskClient
} from "./chunks/chunk-LHDCVEYL.js";
import "./chunks/chunk-LJ4CS3SL.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-WR2IRGRA.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-7E5SWZQQ.js";
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
