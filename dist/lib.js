import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-5KOXXREX.js";
import {
  TuskClient
} from "./chunks/chunk-YHV32YVD.js";
import "./chunks/chunk-SEZPE5AP.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-L5AONYEZ.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  renderMarkdown,
  tarballStats
} from "./chunks/chunk-XZTKWE7F.js";
import "./chunks/chunk-XARNIGHZ.js";
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
