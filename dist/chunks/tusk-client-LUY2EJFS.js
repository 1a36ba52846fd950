import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-BACFNF6V.js";
import "./chunk-SIJA2ZBU.js";
import "./chunk-5HH5TNBY.js";
import "./chunk-A7IO7WN2.js";
export {
  TuskClient
};
