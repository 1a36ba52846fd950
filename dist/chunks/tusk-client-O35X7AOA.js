import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-5W2SDI77.js";
import "./chunk-T4QIWOJ3.js";
import "./chunk-XJE33N7F.js";
import "./chunk-7S5XRINP.js";
export {
  TuskClient
};
