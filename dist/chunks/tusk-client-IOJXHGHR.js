import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-GQBREMHR.js";
import "./chunk-URIZQHYU.js";
import "./chunk-CYGRFYBG.js";
import "./chunk-XUBCRDMX.js";
export {
  TuskClient
};
