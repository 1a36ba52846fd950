import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-5DFUT5LU.js";
import "./chunk-ICHLYTM3.js";
import "./chunk-MWEHSVPE.js";
import "./chunk-7GQ7WDZ3.js";
export {
  TuskClient
};
