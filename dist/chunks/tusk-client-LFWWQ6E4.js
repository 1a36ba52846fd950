import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-JL33XHYE.js";
import "./chunk-BF55VC7K.js";
import "./chunk-7HDAVVQC.js";
import "./chunk-P7R6JG4J.js";
export {
  TuskClient
};
