import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-JJKC3L6I.js";
import "./chunk-HVHMNXLV.js";
import "./chunk-3TVXKJCV.js";
import "./chunk-2MR3JX77.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
