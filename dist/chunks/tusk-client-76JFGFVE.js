import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-H4A7CVTH.js";
import "./chunk-47NBW5RE.js";
import "./chunk-VY3GLPGG.js";
import "./chunk-DKDX2KGV.js";
export {
  TuskClient
};
