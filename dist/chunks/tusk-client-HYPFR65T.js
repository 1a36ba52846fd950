import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-TSLPGPDO.js";
import "./chunk-V4DPCWS6.js";
import "./chunk-A2GWQRJG.js";
import "./chunk-OLYLRPLS.js";
export {
  TuskClient
};
