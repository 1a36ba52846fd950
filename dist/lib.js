import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  directoryStats,
  localSourceRecord,
  parseSourceArgument
} from "./chunks/chunk-O33S6PS4.js";
import {
  SourceError,
  canonicalName,
  parseInputFiles,
  tarballStats
} from "./chunks/chunk-CO4ZG3TB.js";
export {
  SourceError,
  canonicalName,
  directoryStats,
  localSourceRecord,
  parseInputFiles,
  parseSourceArgument,
  tarballStats
};
