import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-QI5OASKU.js";
import "./chunk-TPOQYYXA.js";
import "./chunk-4EUKJQHB.js";
import "./chunk-7BIYXUPC.js";
import "./chunk-EFMK3WOT.js";
export {
  TuskClient
};
