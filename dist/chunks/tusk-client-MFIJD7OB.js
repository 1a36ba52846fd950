import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-L7UU5TSR.js";
import "./chunk-QKHNLN5D.js";
import "./chunk-OC5EKVLG.js";
import "./chunk-NNKWLZMA.js";
import "./chunk-EFMK3WOT.js";
export {
  TuskClient
};
