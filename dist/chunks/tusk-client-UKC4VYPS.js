import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-6EOCTXF3.js";
import "./chunk-AMPYSCOA.js";
import "./chunk-GGRMLVVU.js";
import "./chunk-NXG4CPGW.js";
export {
  TuskClient
};
