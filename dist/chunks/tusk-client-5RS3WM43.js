import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-65DXZUQK.js";
import "./chunk-3QN6EUB3.js";
import "./chunk-JHJL45BG.js";
import "./chunk-V36KKXQZ.js";
export {
  TuskClient
};
