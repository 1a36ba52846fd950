import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-LHDCVEYL.js";
import "./chunk-LJ4CS3SL.js";
import "./chunk-WR2IRGRA.js";
import "./chunk-7E5SWZQQ.js";
export {
  TuskClient
};
