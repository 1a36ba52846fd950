import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-LDKNZA3M.js";
import {
  TuskClient
} from "./chunks/chunk-Q7GFRRSS.js";
import "./chunks/chunk-TFNBJUHV.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-EZQ3IYMU.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  renderMarkdown,
  tarballStats
} from "./chunks/chunk-4KCYKL7U.js";
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
