import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-LQY6TIOY.js";
import "./chunk-DACN7UWG.js";
import "./chunk-B2PZJCWS.js";
import "./chunk-MQMEUFY2.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
