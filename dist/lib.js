import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-4QOKQCC2.js";
import {
  renderMarkdown
} from "./chunks/chunk-H372KRI2.js";
import {
  TuskClient
} from "./chunks/chunk-T55TZ5KB.js";
import "./chunks/chunk-23DHWF4K.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-YEKEMVDU.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-P4I2X6VK.js";
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
