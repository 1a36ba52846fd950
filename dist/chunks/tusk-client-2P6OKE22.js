import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-4UBJFV2F.js";
import "./chunk-NEEJOKRP.js";
import "./chunk-GAXYZPOA.js";
import "./chunk-7GQ7WDZ3.js";
export {
  TuskClient
};
