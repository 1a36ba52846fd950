import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-Q7GFRRSS.js";
import "./chunk-TFNBJUHV.js";
import "./chunk-EZQ3IYMU.js";
import "./chunk-4KCYKL7U.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
