import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-KRBJV3KN.js";
import {
  renderMarkdown
} from "./chunks/chunk-4L4VGXTE.js";
import {
  TuskClient
} from "./chunks/chunk-5W2SDI77.js";
import {
  parseInputFiles
} from "./chunks/chunk-T4QIWOJ3.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-XJE33N7F.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-7S5XRINP.js";
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
