import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-Q5JEY2T7.js";
import {
  TuskClient
} from "./chunks/chunk-KY6NK7MU.js";
import "./chunks/chunk-PGHSCFZX.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-BL2ZNIIV.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  renderMarkdown,
  tarballStats
} from "./chunks/chunk-SNEBUTFP.js";
import "./chunks/chunk-XVBDJBVG.js";
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
