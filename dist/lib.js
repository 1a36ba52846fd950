import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-KVXWVMBR.js";
import {
  SourceError,
  canonicalName,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-KIWO3IF5.js";
export {
  SourceError,
  canonicalName,
  directoryStats,
  localSourceRecord,
  parseInputFiles,
  parseSourceArgument,
  tarballStats
};
