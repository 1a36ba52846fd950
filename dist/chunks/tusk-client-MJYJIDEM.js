import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-J3URJXYC.js";
import "./chunk-UYALU44Y.js";
import "./chunk-STBTXPNZ.js";
import "./chunk-6HIQKB5I.js";
export {
  TuskClient
};
