import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-ILIBPFHI.js";
import "./chunk-XQM2TT7J.js";
import "./chunk-M6SPJVMI.js";
import "./chunk-MHORJ6RJ.js";
export {
  TuskClient
};
