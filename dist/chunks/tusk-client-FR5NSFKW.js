import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-YHV32YVD.js";
import "./chunk-SEZPE5AP.js";
import "./chunk-L5AONYEZ.js";
import "./chunk-XZTKWE7F.js";
import "./chunk-XARNIGHZ.js";
export {
  TuskClient
};
