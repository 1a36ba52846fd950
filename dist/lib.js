import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-J235FF3A.js";
import {
  renderMarkdown
} from "./chunks/chunk-H7EDO5J6.js";
import {
  TuskClient
} from "./chunks/chunk-ILIBPFHI.js";
import {
  parseInputFiles
} from "./chunks/chunk-XQM2TT7J.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-M6SPJVMI.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-MHORJ6RJ.js";
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
