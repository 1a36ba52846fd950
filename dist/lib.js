import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-IJIRZ7SB.js";
import {
  renderMarkdown
} from "./chunks/chunk-AAPCMT5T.js";
import {
  TuskClient
} from "./chunks/chunk-UOJBVAPF.js";
import {
  parseInputFiles
} from "./chunks/chunk-3DBHWZGY.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-KEHPUVQM.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-FGIDSMOJ.js";
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
