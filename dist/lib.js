import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-CSLATVJ5.js";
import {
  renderMarkdown
} from "./chunks/chunk-PYTZ3ZMU.js";
import {
  TuskClient
} from "./chunks/chunk-X2XESNZN.js";
import {
  parseInputFiles
} from "./chunks/chunk-OXVI3ETR.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-VOGEZNVZ.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-2IFCZODD.js";
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
