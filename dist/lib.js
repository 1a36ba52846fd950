import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-Z6OXLSZ6.js";
import {
  renderMarkdown
} from "./chunks/chunk-47DVJEDX.js";
import {
  TuskClient
} from "./chunks/chunk-GQBREMHR.js";
import {
  parseInputFiles
} from "./chunks/chunk-URIZQHYU.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-CYGRFYBG.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-XUBCRDMX.js";
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
