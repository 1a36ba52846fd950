import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-4YUIEWG5.js";
import {
  renderMarkdown
} from "./chunks/chunk-H6UKWB75.js";
import {
  TuskClient
} from "./chunks/chunk-6EOCTXF3.js";
import {
  parseInputFiles
} from "./chunks/chunk-AMPYSCOA.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-GGRMLVVU.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-NXG4CPGW.js";
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
