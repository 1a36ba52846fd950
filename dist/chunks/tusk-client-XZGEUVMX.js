import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-4DYWGKZZ.js";
import "./chunk-DAPLEZES.js";
import "./chunk-WVEORVIM.js";
import "./chunk-2RMAORMC.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
