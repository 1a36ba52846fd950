import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-RSOPZ56F.js";
import {
  SourceError,
  canonicalName,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-WOCUADBN.js";
export {
  SourceError,
  canonicalName,
  directoryStats,
  localSourceRecord,
  parseInputFiles,
  parseSourceArgument,
  tarballStats
};
