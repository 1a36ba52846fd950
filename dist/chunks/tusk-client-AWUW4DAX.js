import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-OG4Q54ZY.js";
import "./chunk-OQACZ7UV.js";
import "./chunk-HFOF75Z3.js";
import "./chunk-EDXWD6XD.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
