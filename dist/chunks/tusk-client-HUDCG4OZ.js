import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-KRBXJYDR.js";
import "./chunk-EXYHINJX.js";
import "./chunk-W2GFTY2I.js";
import "./chunk-4UWDC3MJ.js";
export {
  TuskClient
};
