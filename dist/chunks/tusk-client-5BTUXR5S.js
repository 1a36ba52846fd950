import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-UBY35CXR.js";
import "./chunk-BAWNXISP.js";
import "./chunk-XEDL53BZ.js";
import "./chunk-PONFMUGC.js";
export {
  TuskClient
};
