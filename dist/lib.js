import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-6QDOKQP6.js";
import {
  renderMarkdown
} from "./chunks/chunk-IZUC3LYC.js";
import {
  TuskClient
} from "./chunks/chunk-7CAYY36R.js";
import "./chunks/chunk-WJNTHH6O.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-XEDL53BZ.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-PONFMUGC.js";
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
