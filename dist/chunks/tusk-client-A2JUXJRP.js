import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-VDTH6KEQ.js";
import "./chunk-PGHSCFZX.js";
import "./chunk-FGALX5ID.js";
import "./chunk-SNEBUTFP.js";
import "./chunk-XVBDJBVG.js";
export {
  TuskClient
};
