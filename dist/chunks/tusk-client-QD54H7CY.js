import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-ZGLW7Q33.js";
import "./chunk-7KHJRR74.js";
import "./chunk-HG7DUCSD.js";
import "./chunk-TZSRNH2Y.js";
import "./chunk-KQGWDRHS.js";
export {
  TuskClient
};
