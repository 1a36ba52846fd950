import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-MIZ2UKK5.js";
import "./chunk-NLS5THY6.js";
import "./chunk-NEZOZULJ.js";
import "./chunk-LZAL5XAK.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
