import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-TYDDPRBO.js";
import "./chunk-R7I4T5EX.js";
import "./chunk-DTASVNAQ.js";
import "./chunk-PPWHLHRS.js";
export {
  TuskClient
};
