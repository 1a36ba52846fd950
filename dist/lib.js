import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-TZLK5TNI.js";
import {
  renderMarkdown
} from "./chunks/chunk-OOXFFZJA.js";
import {
  TuskClient
} from "./chunks/chunk-R3JYMJ5F.js";
import {
  parseInputFiles
} from "./chunks/chunk-TPFPWH2D.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-IQJS4Q2C.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-HR4QANNI.js";
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
