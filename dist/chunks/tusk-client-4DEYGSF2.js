import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-KFBVHUEM.js";
import "./chunk-7ID4GEEL.js";
import "./chunk-YEKEMVDU.js";
import "./chunk-P4I2X6VK.js";
export {
  TuskClient
};
