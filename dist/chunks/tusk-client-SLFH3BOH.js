import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-FA45LJFN.js";
import "./chunk-QIKP57TA.js";
import "./chunk-JHMUCPEC.js";
import "./chunk-3VVCPXII.js";
import "./chunk-XVBDJBVG.js";
export {
  TuskClient
};
