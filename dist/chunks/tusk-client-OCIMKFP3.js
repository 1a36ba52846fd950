import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-UHNJOKSU.js";
import "./chunk-YD4NGEI6.js";
import "./chunk-KDTGZ4VK.js";
import "./chunk-W52H2IJM.js";
import "./chunk-3KOPBB3C.js";
export {
  TuskClient
};
