import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-7CAYY36R.js";
import "./chunk-WJNTHH6O.js";
import "./chunk-XEDL53BZ.js";
import "./chunk-PONFMUGC.js";
export {
  TuskClient
};
