import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-SJBDSN53.js";
import {
  renderMarkdown
} from "./chunks/chunk-4HRNBUJN.js";
import {
  TuskClient
} from "./chunks/chunk-4UBJFV2F.js";
import {
  parseInputFiles
} from "./chunks/chunk-NEEJOKRP.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-GAXYZPOA.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-7GQ7WDZ3.js";
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
