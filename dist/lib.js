import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-XZEWTJKS.js";
import {
  renderMarkdown
} from "./chunks/chunk-ATU2FSEG.js";
import {
  TuskClient
} from "./chunks/chunk-TYDDPRBO.js";
import {
  parseInputFiles
} from "./chunks/chunk-R7I4T5EX.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-DTASVNAQ.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-PPWHLHRS.js";
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
