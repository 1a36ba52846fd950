import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-MYDYPI3B.js";
import "./chunk-PWGDSXA7.js";
import "./chunk-W2GFTY2I.js";
import "./chunk-4UWDC3MJ.js";
export {
  TuskClient
};
