import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-UOJBVAPF.js";
import "./chunk-3DBHWZGY.js";
import "./chunk-KEHPUVQM.js";
import "./chunk-FGIDSMOJ.js";
export {
  TuskClient
};
