import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-EEEHAKWK.js";
import {
  SourceError,
  canonicalName,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-C3N7POU6.js";
export {
  SourceError,
  canonicalName,
  directoryStats,
  localSourceRecord,
  parseInputFiles,
  parseSourceArgument,
  tarballStats
};
