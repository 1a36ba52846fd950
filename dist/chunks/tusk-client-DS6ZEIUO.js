import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-CW2RHE45.js";
import "./chunk-UKKJDFSM.js";
import "./chunk-NEZOZULJ.js";
import "./chunk-LZAL5XAK.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
