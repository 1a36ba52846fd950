import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-N7BWCE6Z.js";
import "./chunk-DMZJEAHS.js";
import "./chunk-BETHB7MS.js";
import "./chunk-256XIHYZ.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
