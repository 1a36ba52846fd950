import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-WKKMSRO7.js";
import {
  renderMarkdown
} from "./chunks/chunk-TVYQVXXS.js";
import {
  TuskClient
} from "./chunks/chunk-MYDYPI3B.js";
import {
  parseInputFiles
} from "./chunks/chunk-PWGDSXA7.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-W2GFTY2I.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-4UWDC3MJ.js";
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
