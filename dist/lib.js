import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  renderJson,
  renderText
} from "./chunks/chunk-5QOUZGAH.js";
import {
  renderMarkdown
} from "./chunks/chunk-PBYTGZN6.js";
import {
  TuskClient
} from "./chunks/chunk-X3LHYE5K.js";
import {
  parseInputFiles
} from "./chunks/chunk-MUVMLU2Q.js";
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-BMHRWBIS.js";
import {
  SourceError,
  canonicalName,
  diffData,
  tarballStats
} from "./chunks/chunk-WP3REH24.js";
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
