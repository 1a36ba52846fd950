import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-T55TZ5KB.js";
import "./chunk-23DHWF4K.js";
import "./chunk-YEKEMVDU.js";
import "./chunk-P4I2X6VK.js";
export {
  TuskClient
};
