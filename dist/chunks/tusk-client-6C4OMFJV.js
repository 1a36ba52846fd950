import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-KY6NK7MU.js";
import "./chunk-PGHSCFZX.js";
import "./chunk-BL2ZNIIV.js";
import "./chunk-SNEBUTFP.js";
import "./chunk-XVBDJBVG.js";
export {
  TuskClient
};
