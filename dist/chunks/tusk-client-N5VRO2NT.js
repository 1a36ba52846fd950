import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-MUQ2QIXV.js";
import "./chunk-EZQ622M6.js";
import "./chunk-XEDL53BZ.js";
import "./chunk-PONFMUGC.js";
export {
  TuskClient
};
