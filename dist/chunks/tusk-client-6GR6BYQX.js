import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-DEHDWVKP.js";
import "./chunk-VNAJF3WO.js";
import "./chunk-GQC3EVH7.js";
import "./chunk-ZSJ4URZD.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
