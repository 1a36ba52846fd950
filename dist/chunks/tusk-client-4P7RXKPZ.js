import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-2TM26ADA.js";
import "./chunk-H4TGPLOA.js";
import "./chunk-XEDL53BZ.js";
import "./chunk-PONFMUGC.js";
export {
  TuskClient
};
