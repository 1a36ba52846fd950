import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-X7CI4ZP3.js";
import "./chunk-WWSKEBS2.js";
import "./chunk-XEDL53BZ.js";
import "./chunk-PONFMUGC.js";
export {
  TuskClient
};
