import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-CMB2DG6O.js";
import {
  TuskClient
} from "./chunks/chunk-7KHVSBHB.js";
import "./chunks/chunk-XJ7E6IUX.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-PTVDWR3A.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  renderMarkdown,
  tarballStats
} from "./chunks/chunk-WOTJF6PM.js";
import "./chunks/chunk-KQGWDRHS.js";
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
