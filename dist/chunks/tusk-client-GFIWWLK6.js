import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-G4WGBOMJ.js";
import "./chunk-OIQQDQ3P.js";
import "./chunk-IQJS4Q2C.js";
import "./chunk-HR4QANNI.js";
export {
  TuskClient
};
