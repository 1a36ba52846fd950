import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-R3JYMJ5F.js";
import "./chunk-TPFPWH2D.js";
import "./chunk-IQJS4Q2C.js";
import "./chunk-HR4QANNI.js";
export {
  TuskClient
};
