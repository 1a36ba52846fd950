import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-X2XESNZN.js";
import "./chunk-OXVI3ETR.js";
import "./chunk-VOGEZNVZ.js";
import "./chunk-2IFCZODD.js";
export {
  TuskClient
};
