import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-UGHBXDTN.js";
import "./chunk-TPOQYYXA.js";
import "./chunk-AGBWVIMD.js";
import "./chunk-7BIYXUPC.js";
import "./chunk-EFMK3WOT.js";
export {
  TuskClient
};
