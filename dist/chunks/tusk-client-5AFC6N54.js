import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-WW42XVJ3.js";
import "./chunk-Z2FKQ4E6.js";
import "./chunk-Y5W5OWHJ.js";
import "./chunk-TIKGDIGW.js";
export {
  TuskClient
};
