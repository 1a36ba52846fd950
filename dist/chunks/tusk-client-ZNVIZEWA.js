import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-NYBJZ6O6.js";
import "./chunk-PVRD33BX.js";
import "./chunk-BMHRWBIS.js";
import "./chunk-WP3REH24.js";
export {
  TuskClient
};
