import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-SWQOAGVD.js";
import {
  renderMarkdown
} from "./chunks/chunk-MPLQKK57.js";
import {
  TuskClient
} from "./chunks/chunk-WW42XVJ3.js";
import "./chunks/chunk-Z2FKQ4E6.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-Y5W5OWHJ.js";
import {
  SourceError,
  canonicalName,
  diffData,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-TIKGDIGW.js";
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
