import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-JTTNLQFI.js";
import "./chunk-JN5NM575.js";
import "./chunk-XJE33N7F.js";
import "./chunk-7S5XRINP.js";
export {
  TuskClient
};
