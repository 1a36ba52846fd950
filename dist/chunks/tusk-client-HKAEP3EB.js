import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-7KHVSBHB.js";
import "./chunk-XJ7E6IUX.js";
import "./chunk-PTVDWR3A.js";
import "./chunk-WOTJF6PM.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
