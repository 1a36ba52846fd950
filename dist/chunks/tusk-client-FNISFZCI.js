import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  TuskClient
} from "./chunk-X3LHYE5K.js";
import "./chunk-MUVMLU2Q.js";
import "./chunk-BMHRWBIS.js";
import "./chunk-WP3REH24.js";
export {
  TuskClient
};
