import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-RZVFTHZG.js";
import "./chunk-QKHNLN5D.js";
import "./chunk-G2S4PEWQ.js";
import "./chunk-NNKWLZMA.js";
import "./chunk-EFMK3WOT.js";
export {
  TuskClient
};
