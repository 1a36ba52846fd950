import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  ApiQuota,
  CHART_PATH,
  ENGINE_VERSION,
  GitHubSources,
  PROJECTS_DIR,
  README_PATH,
  RECORDS_PATH,
  RESULTS_PATH,
  TREND_COMMITS,
  canonicalName,
  changedByEngine,
  commitSha,
  counts,
  createGitHubClient,
  dataBranchFor,
  dataFiles,
  diffData,
  errorMessage,
  extendTrend,
  failureRecord,
  formatDataCommitMessage,
  formatDuration,
  formatShard,
  hasStats,
  httpStatus,
  inShard,
  isFullSha,
  isGeneratedReadme,
  isOutdated,
  isQuotaRefusal,
  nameKey,
  parseDataCommitMessage,
  parseInputFiles,
  parseRecords,
  pendingRecord,
  recordToJson,
  renamesOf,
  renderDataReadme,
  renderTotalsChart,
  shardCheckpointInterval,
  tallyRecords,
  timedFetch,
  trendOfCommits,
  trendPoint
} from "./chunk-7BIYXUPC.js";
import {
  BlobBody,
  NotFoundError,
  __commonJS,
  __toESM,
  byteLengthOf,
  collectGarbage
} from "./chunk-EFMK3WOT.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/views/branch-views.ts
var BranchViews = class {
  constructor(backend, branch, about, warn) {
    this.backend = backend;
    this.branch = branch;
    this.about = about;
    this.warn = warn;
  }
  backend;
  branch;
  about;
  warn;
  /** What this store knows of the last commit it read or wrote (sha null: no branch yet). */
  known = null;
  toldOfReadme = false;
  /** The files to commit on top of `tip`, and what to call once the commit is made (its SHA). */
  async render(tip, data) {
    const base = await this.baseAt(tip);
    const trend = extendTrend(base.trend, trendPoint(null, data.facts));
    const changes = [{ path: CHART_PATH, content: renderTotalsChart(trend), small: true }];
    if (!base.readmeIsTheirs)
      changes.push({ path: README_PATH, content: renderDataReadme({ branch: this.branch, about: this.about, ...data, trend }), small: true });
    else if (!this.toldOfReadme) {
      this.toldOfReadme = true;
      this.warn(
        `${README_PATH} on ${this.branch} is not one Tusk wrote: it is kept, and Tusk's own is not written (remove it, and the next data commit writes one)`
      );
    }
    return {
      changes,
      wrote: (sha) => {
        this.known = {
          sha,
          trend: trend.map((point, i) => i === trend.length - 1 ? { ...point, dataCommit: sha } : point),
          readmeIsTheirs: base.readmeIsTheirs
        };
      }
    };
  }
  async baseAt(tip) {
    const known = this.known;
    if (known?.sha === tip) return known;
    if (tip === null) {
      this.known = { sha: null, trend: [], readmeIsTheirs: false };
      return this.known;
    }
    const [history, readme] = await Promise.all([this.backend.history(tip, TREND_COMMITS), known ? void 0 : this.readmeAt(tip)]);
    const theirs = readme ?? (known && onlyDataCommitsAbove(history, known.sha) ? known.readmeIsTheirs : await this.readmeAt(tip));
    this.known = { sha: tip, trend: trendOfCommits(history), readmeIsTheirs: theirs };
    return this.known;
  }
  /** Whether the README.md at `commit` is one that Tusk did not write. */
  async readmeAt(commit) {
    const readme = await this.backend.readFile(commit, README_PATH);
    return readme !== null && !isGeneratedReadme(readme);
  }
};
function onlyDataCommitsAbove(history, sha) {
  const at = sha === null ? history.at(-1)?.parents.length === 0 ? history.length : -1 : history.findIndex((commit) => commit.sha === sha);
  return at !== -1 && history.slice(0, at).every((commit) => parseDataCommitMessage(commit.message) !== null);
}

// src/store/data-store.ts
var HISTORY_PAGE = 1e3;
var LARGE_WRITE_RECORDS = 1e4;
var MAX_FOREIGN = 20;
function subjectOf(message) {
  return message.split("\n", 1)[0];
}
function logEntries(commits) {
  return commits.map((info) => {
    const facts = parseDataCommitMessage(info.message);
    return facts ? { sha: info.sha, ...facts, date: info.date } : { sha: info.sha, foreign: true, subject: subjectOf(info.message), date: info.date };
  });
}
var DataStore = class _DataStore {
  /**
   * @param warn told of what the branch holds that Tusk did not write (bad record lines): it is
   *   left out and computed again, never a reason to stop
   * @param about where the data comes from, for the README each data commit writes (its links)
   */
  constructor(backend, branch, warn = () => {
  }, about = {}) {
    this.backend = backend;
    this.branch = branch;
    this.warn = warn;
    this.views = new BranchViews(backend, branch, about, warn);
  }
  backend;
  branch;
  warn;
  /** README.md and the chart, which each commit regenerates. */
  views;
  /**
   * The data branch of `sourceBranch` (the `template`'s `{branch}`), whose README links the
   * repositories on `serverUrl`: how the action and the client both open one, so that the same
   * input makes the same data commit through either.
   */
  static forSourceBranch(backend, template, sourceBranch, serverUrl, warn) {
    return new _DataStore(backend, dataBranchFor(template, sourceBranch), warn, { sourceBranch, serverUrl });
  }
  /** The branch's tip and its newest data commit, with any hand-made commits on top of it. */
  async state() {
    const tip = await this.backend.branchHead(this.branch);
    const state = { tip, data: null, foreign: [], noDataFound: false };
    let sha = tip ?? void 0;
    for (let read = 0; sha !== void 0; read++) {
      if (read === MAX_FOREIGN) return { ...state, noDataFound: true };
      const info = await this.backend.commitInfo(sha);
      const facts = parseDataCommitMessage(info.message);
      if (facts) return { ...state, data: { sha, ...facts, date: info.date } };
      state.foreign.push(info);
      sha = info.parents[0];
    }
    return { ...state, noDataFound: state.foreign.length > 0 };
  }
  /** The branch's newest data commit, or null when it has none (or does not exist yet). */
  async head() {
    return (await this.state()).data;
  }
  /**
   * The data commit `ref` names: a SHA or ref of the data branch's repository, optionally with
   * `~N` or `^` suffixes, which are followed here so that they work on GitHub too.
   */
  async dataCommit(ref) {
    const match = /^(.*?)((?:~\d*|\^)*)$/.exec(ref);
    let sha = await this.backend.resolveCommit(match[1]);
    for (const step of match[2].match(/~\d*|\^/g) ?? []) {
      const count = step === "^" || step === "~" ? 1 : Number(step.slice(1));
      for (let i = 0; i < count; i++) {
        const [parent] = (await this.backend.commitInfo(sha)).parents;
        if (!parent) throw new NotFoundError(`${ref}: ${sha.slice(0, 7)} has no parent`);
        sha = parent;
      }
    }
    return this.dataCommitAt(sha);
  }
  /** The data commit at a full SHA (no lookup of the name: a branch head is one already). */
  async dataCommitAt(sha) {
    const info = await this.backend.commitInfo(sha);
    const facts = parseDataCommitMessage(info.message);
    if (!facts) throw new NotFoundError(`${sha.slice(0, 7)} in ${this.backend.description} is not a Tusk data commit ("${subjectOf(info.message)}")`);
    return { sha, ...facts, date: info.date };
  }
  /** The records at a commit of the branch; lines that are not records are reported and left out. */
  async records(commit) {
    const text = await this.backend.readFile(commit, RECORDS_PATH);
    if (text === null) return [];
    const { records, problems } = parseRecords(text, `${this.branch}@${commit.slice(0, 7)}`);
    for (const problem of problems) this.warn(`${problem}: left out, and computed again`);
    return records;
  }
  /** The input files a data commit keeps under projects/, at their source paths. */
  async inputFiles(dataCommit) {
    const paths = await this.projectPaths(dataCommit);
    return Promise.all(paths.map(async (path) => ({ path: path.slice(PROJECTS_DIR.length), content: await this.backend.readFile(dataCommit, path) ?? "" })));
  }
  /** The paths under projects/ at a commit. */
  async projectPaths(commit) {
    return (await this.backend.listFiles(commit)).filter((path) => path.startsWith(PROJECTS_DIR));
  }
  /** A data file's text at a data commit, or null when it has none. */
  readFile(dataCommit, path) {
    return this.backend.readFile(dataCommit, path);
  }
  /**
   * The branch's commits newest first, following its (linear) history: data commits and hand-made
   * ones, however long it is. Read in windows ten times larger each time, from `window` (most
   * questions are about recent commits), each going on from where the one before stopped.
   */
  async *entries(window = HISTORY_PAGE) {
    let from = await this.backend.branchHead(this.branch);
    for (let limit = window; from; limit *= 10) {
      const commits = await this.backend.history(from, limit);
      yield* logEntries(commits);
      from = commits.length < limit ? null : commits[commits.length - 1].parents[0] ?? null;
    }
  }
  /** The data commits among `entries()`, newest first. */
  async *dataCommits(window = HISTORY_PAGE) {
    for await (const entry of this.entries(window)) if (!("foreign" in entry)) yield entry;
  }
  /** The branch's newest `limit` commits (see entries). */
  async log(limit = HISTORY_PAGE) {
    const log = [];
    if (limit <= 0) return log;
    for await (const entry of this.entries(limit)) if (log.push(entry) >= limit) break;
    return log;
  }
  /** The newest data commit made from `inputCommit`: provenance, followed backwards through the whole history. */
  async findByInputCommit(inputCommit) {
    for await (const commit of this.dataCommits()) if (commit.inputCommit === inputCommit) return commit;
    return null;
  }
  /**
   * Commits `content` on top of `tip` (null: creates the branch as an orphan). Input files are
   * kept under projects/ at their source paths; input files that are gone are deleted. Other
   * files on the branch (someone's README) are kept. Each commit also regenerates README.md (unless
   * the branch holds one Tusk did not write) and the chart, which readers of data ignore.
   * `knownProjects`: the projects/ paths at `tip`, when the caller knows them (it wrote them),
   * which spares a listing.
   */
  async write(tip, content, facts, knownProjects = null) {
    const changes = [];
    if (content.inputFiles) {
      changes.push(...content.inputFiles.map((file) => ({ path: PROJECTS_DIR + file.path, content: file.content })));
      if (tip) {
        const kept = new Set(changes.map((change) => change.path));
        const stale = (knownProjects ?? await this.projectPaths(tip)).filter((path) => !kept.has(path));
        changes.push(...stale.map((path) => ({ path, content: null })));
      }
    }
    if (content.records.length >= LARGE_WRITE_RECORDS) collectGarbage("major");
    const files = dataFiles(content.records);
    changes.push({ path: RESULTS_PATH, content: files.results });
    changes.push({ path: RECORDS_PATH, content: files.records });
    const views = await this.views.render(tip, {
      records: files.sorted,
      facts,
      inputPaths: content.inputFiles ? projectPathsOf(content.inputFiles) : knownProjects
    });
    const written = await this.backend.commitFiles(this.branch, tip, [...changes, ...views.changes], formatDataCommitMessage(facts));
    if (!("conflict" in written)) views.wrote(written.sha);
    return written;
  }
};
function projectPathsOf(inputFiles) {
  return inputFiles.map((file) => PROJECTS_DIR + file.path);
}

// src/pipeline/plan.ts
function rank(work) {
  const { previous } = work;
  if (previous?.pending) return 0;
  if (previous === null) return 1;
  if (work.forced || isOutdated(previous)) return 2;
  return work.recheck ? 4 : 3;
}
var NONE_FORCED = { keys: /* @__PURE__ */ new Set() };
function forcedNames(names) {
  if (names === "all") return { all: true };
  const keys = /* @__PURE__ */ new Set();
  for (const name of names) {
    const canonical = canonicalName(name.trim());
    if (canonical === null) return { invalid: name };
    keys.add(nameKey(canonical));
  }
  return { keys };
}
function planDatums(names, previous, refresh, forced = NONE_FORCED) {
  const forcedKeys = "all" in forced ? null : forced.keys;
  const plan = { reuse: [], work: [], removed: [] };
  let matched = 0;
  for (let i = 0; i < names.length; i++) {
    const { name } = names[i];
    const key = nameKey(name);
    const record = previous.get(key) ?? null;
    if (record) matched++;
    const force = forcedKeys === null || forcedKeys.has(key);
    const reusable = record !== null && hasStats(record) && !isOutdated(record);
    if (reusable && !refresh && !force) plan.reuse.push(record.repo === name ? record : { ...record, repo: name });
    else plan.work.push({ name, previous: record, recheck: reusable && refresh && !force, ...force ? { forced: true } : {} });
  }
  plan.work.sort((a, b) => rank(a) - rank(b));
  if (matched < previous.size) {
    const kept = new Set(names.map(({ name }) => nameKey(name)));
    for (const [key, record] of previous) if (!kept.has(key)) plan.removed.push(record.repo);
  }
  return plan;
}

// src/pipeline/input-order.ts
async function isNewerInput(repo, newer, commit) {
  if (newer === commit) return false;
  try {
    return await repo.isAncestor(commit, newer);
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

// src/pipeline/data-branch-check.ts
var DataBranchError = class extends Error {
  name = "DataBranchError";
};
function renameCommands(backend, branch) {
  const aside = `${branch}-old`;
  if (backend.kind === "local") return `git branch -m ${branch} ${aside}`;
  return `git push origin ${branch}:refs/heads/${aside} && git push origin --delete ${branch}`;
}
async function checkDataBranch(backend, branch, state, sourceCommit, warn) {
  if (state.noDataFound && state.tip && (state.tip === sourceCommit || await isNewerInput(backend, sourceCommit, state.tip))) {
    throw new DataBranchError(
      `${branch} is not a data branch: its tip ${state.tip.slice(0, 7)} is a commit of the source history, and Tusk keeps its data on an orphan branch of its own. Move it aside, and the next run creates ${branch} afresh: ${renameCommands(backend, branch)}`
    );
  }
  if (state.foreign.length === 0) return;
  const named = state.foreign.slice(0, 3).map((commit) => `${commit.sha.slice(0, 7)} "${commit.message.split("\n", 1)[0]}"`).join(", ");
  const more = state.foreign.length > 3 ? ` and ${state.foreign.length - 3} more` : "";
  const below = state.data ? ` on top of its data (${state.data.sha.slice(0, 7)})` : "";
  warn(
    `${branch} has ${state.foreign.length} commit${state.foreign.length === 1 ? "" : "s"} that Tusk did not make${below}: ${named}${more}. Building on ${state.foreign.length === 1 ? "it" : "them"}: Tusk rewrites projects/ and stats/, and keeps every other file.`
  );
}

// src/version.ts
var TUSK_VERSION = "0.1.0";

// src/pipeline/merge-records.ts
function recordsFor(names, sources) {
  return names.map(({ name }) => {
    const key = nameKey(name);
    for (const source of sources) {
      const record = source(key);
      if (record) return record.repo === name ? record : { ...record, repo: name };
    }
    return pendingRecord(name);
  });
}
function byKey(records) {
  const map = /* @__PURE__ */ new Map();
  for (let i = 0; i < records.length; i++) map.set(nameKey(records[i].repo), records[i]);
  return map;
}
function finishedIn(records) {
  return (key) => {
    const record = records.get(key);
    return record && !record.pending ? record : void 0;
  };
}
function withStatsIn(records) {
  return (key) => {
    const record = records.get(key);
    return record && hasStats(record) ? record : void 0;
  };
}
function sameRecord(a, b) {
  if (a === b) return true;
  if (!a || !b) return false;
  return recordToJson({ ...a, repo: "" }) === recordToJson({ ...b, repo: "" });
}

// src/pipeline/data-writer.ts
var MAX_ATTEMPTS = 60;
var BACKOFF_BASE_MS = 50;
var BACKOFF_MAX_MS = 5e3;
var DataWriter = class {
  constructor(store, repo, target, start, policy, control, log) {
    this.store = store;
    this.repo = repo;
    this.target = target;
    this.policy = policy;
    this.control = control;
    this.log = log;
    this.initial = start.index;
    this.forcedUncommitted = new Set(target.forced.map(nameKey));
    this.projects = projectPathsOf(target.inputFiles);
    this.head = { tip: start.state.tip, data: start.state.data, records: this.initial, projects: null, holdsInput: false };
  }
  store;
  repo;
  target;
  policy;
  control;
  log;
  results = /* @__PURE__ */ new Map();
  computedKeys = /* @__PURE__ */ new Set();
  /** Datums that another run finished since this one read the branch: not worth starting. */
  doneElsewhere = /* @__PURE__ */ new Set();
  /** The records of the branch as the run read it, by name key. */
  initial;
  head;
  supersededBy = null;
  sinceCommit = 0;
  lastCommitAt = Date.now();
  queue = Promise.resolve();
  checkpointing = false;
  /** projects/ as this run's commits write them. */
  projects;
  /** Forced datums no commit of this run holds yet: computed by request, they count as computed once. */
  forcedUncommitted;
  /** Data commits this run made. */
  commits = 0;
  /**
   * Takes one datum's record. While a checkpoint commits, every worker that brings a record waits
   * for it (the one that made it due included), so that a killed run loses at most the policy's
   * datums and those in flight: `checkpointDatums + concurrency`.
   */
  async add(record, computed) {
    const key = nameKey(record.repo);
    this.results.set(key, record);
    if (computed) this.computedKeys.add(key);
    this.sinceCommit++;
    if (this.checkpointing) return this.queue;
    const due = this.sinceCommit >= this.policy.datums || Date.now() - this.lastCommitAt >= this.policy.intervalMs;
    if (due && !this.control.stopped && this.policy.affordable()) return this.checkpoint();
  }
  isDone(name) {
    return this.doneElsewhere.has(nameKey(name));
  }
  /** Commits what is finished now; a failed checkpoint is only reported (the run's end commits again). */
  checkpoint() {
    this.checkpointing = true;
    this.lastCommitAt = Date.now();
    this.queue = this.commit("checkpoint").then(() => void 0).catch((error) => this.log.warning(`checkpoint commit failed (the run goes on; its end commits again): ${errorMessage(error)}`)).finally(() => {
      this.checkpointing = false;
    });
    return this.queue;
  }
  /** The final commit, after any checkpoint under way. */
  async finish() {
    await this.queue;
    const committed = await this.commit("final");
    if (this.supersededBy) return { kind: "superseded", head: this.supersededBy };
    const records = committed ?? recordsFor(this.target.names, this.sources(this.head));
    return { kind: "written", commit: this.head.data, records };
  }
  /** Where this run's commit takes each record from, on top of `head`. */
  sources(head) {
    const sameInput = head.data?.inputCommit === this.target.inputCommit;
    return [(key) => this.results.get(key), sameInput ? finishedIn(head.records) : withStatsIn(head.records), withStatsIn(this.initial)];
  }
  /** Commits on top of the branch as this run knows it; resolves to the records committed, or null when there was nothing new. */
  async commit(kind) {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (this.supersededBy) return null;
      const head = this.head;
      const records = recordsFor(this.target.names, this.sources(head));
      const counted = this.sinceCommit;
      const asked = this.target.mode === "refresh" || this.target.forced.length > 0;
      const recordsTheCheck = kind === "final" && asked && this.commits === 0;
      if (head.data?.inputCommit === this.target.inputCommit && this.holds(head, records) && !recordsTheCheck) {
        this.sinceCommit -= counted;
        return null;
      }
      const facts = this.factsOf(this.target.inputCommit, records, head.records, this.target.invalid);
      const inputFiles = head.holdsInput ? null : this.target.inputFiles;
      const written = await this.store.write(head.tip, { inputFiles, records }, facts, head.holdsInput ? this.projects : head.projects);
      if (!("conflict" in written)) {
        const index = kind === "final" ? /* @__PURE__ */ new Map() : byKey(records);
        this.head = { tip: written.sha, data: { sha: written.sha, ...facts }, records: index, projects: this.projects, holdsInput: true };
        this.sinceCommit -= counted;
        this.commits++;
        for (const key of this.computedKeys) this.forcedUncommitted.delete(key);
        const pending = facts.counts.pending > 0 ? `, ${facts.counts.pending} pending` : "";
        this.log.info(
          `${kind === "checkpoint" ? "checkpoint: " : ""}committed ${written.sha} to ${this.store.branch} (${facts.counts.processed} computed${pending})`
        );
        return records;
      }
      this.log.info(`${this.store.branch} moved while this run worked (attempt ${attempt}): re-reading it`);
      await this.pauseAfterConflict(attempt);
      await this.reread();
    }
    throw new Error(`${this.store.branch} kept moving under this run: gave up after ${MAX_ATTEMPTS} attempts`);
  }
  async pauseAfterConflict(attempt) {
    if (this.control.signal.aborted) return;
    const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 10));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
  }
  /** Whether the branch's tip is a data commit of this run's input, with no hand-made commit on top. */
  holdsInput(state) {
    return state.data !== null && state.data.sha === state.tip && state.data.inputCommit === this.target.inputCommit;
  }
  /** Whether `head` already holds exactly `records` (nothing to commit). */
  holds(head, records) {
    return records.length === head.records.size && records.every((record) => sameRecord(record, head.records.get(nameKey(record.repo))));
  }
  /** Reads the branch again after a lost race; hands over to a newer input if one took it. */
  async reread() {
    const state = await this.store.state();
    const records = state.tip ? await this.store.records(state.tip) : [];
    const head = { tip: state.tip, data: state.data, records: byKey(records), projects: null, holdsInput: this.holdsInput(state) };
    const data = state.data;
    if (data && data.inputCommit !== this.target.inputCommit && await isNewerInput(this.repo, data.inputCommit, this.target.inputCommit)) {
      this.log.info(`${this.store.branch} now holds a newer input (${data.inputCommit.slice(0, 7)}): handing over what this run computed, then stopping`);
      this.control.stop("superseded");
      await this.handOver(head);
      return;
    }
    if (data?.inputCommit === this.target.inputCommit) {
      for (const [key, record] of head.records) {
        if (!record.pending && !this.results.has(key) && !sameRecord(record, this.initial.get(key))) this.doneElsewhere.add(key);
      }
    }
    this.head = head;
  }
  /**
   * Fills in a newer input's pending and failed datums with what this run computed (a refresh's
   * newer numbers replace any), in commits of that input, until one lands or nothing is of use.
   */
  async handOver(start) {
    let head = start;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const data = head.data;
      const names = [...head.records.values()].map((record) => ({ name: record.repo }));
      const mine = (key) => {
        const theirs = head.records.get(key);
        const useful = this.computedKeys.has(key) && (this.target.mode === "refresh" || !theirs || !hasStats(theirs));
        return useful ? this.results.get(key) : void 0;
      };
      const records = recordsFor(names, [mine, finishedIn(head.records)]);
      if (this.holds(head, records)) break;
      const facts = this.factsOf(data.inputCommit, records, head.records, data.counts.invalid);
      const written = await this.store.write(head.tip, { inputFiles: null, records }, facts);
      if (!("conflict" in written)) {
        this.log.info(`handed ${facts.counts.processed} datums over to ${data.inputCommit.slice(0, 7)}: committed ${written.sha} to ${this.store.branch}`);
        this.supersededBy = { sha: written.sha, ...facts };
        this.commits++;
        return;
      }
      const state = await this.store.state();
      if (!state.data || !state.tip) break;
      head = { tip: state.tip, data: state.data, records: byKey(await this.store.records(state.tip)), projects: null, holdsInput: false };
    }
    this.supersededBy = head.data;
  }
  /** A commit's facts: what it computed against its parent, what it carried, what is still to do. */
  factsOf(inputCommit, records, parent, invalid) {
    const counts2 = { ...tallyRecords(records), processed: 0, reused: 0, outdated: 0, invalid };
    let engineChanged = 0;
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (isOutdated(record)) counts2.outdated++;
      if (record.pending || this.computedKeys.size === 0) continue;
      const key = nameKey(record.repo);
      const computed = this.computedKeys.has(key) && this.results.get(key);
      if (computed && (this.forcedUncommitted.has(key) || !sameRecord(record, parent.get(key)))) {
        counts2.processed++;
        const was = parent.get(key);
        if (was && changedByEngine(was, record)) engineChanged++;
      }
    }
    counts2.reused = records.length - counts2.processed - counts2.pending;
    const renamed = renamesOf(records);
    const stopped = this.control.stopReason;
    const { shard } = this.target;
    return {
      inputCommit,
      mode: this.target.mode,
      counts: counts2,
      tuskVersion: TUSK_VERSION,
      engine: ENGINE_VERSION,
      ...counts2.pending > 0 && stopped && stopped !== "superseded" ? { stopped } : {},
      ...shard.count > 1 ? { shard: formatShard(shard) } : {},
      ...this.target.forced.length > 0 ? { forced: this.target.forced } : {},
      ...engineChanged > 0 ? { engineChanged } : {},
      ...renamed.length > 0 ? { renamed } : {}
    };
  }
};

// src/pipeline/quota-gate.ts
var COMMIT_RESERVE = 26;
var CHECKPOINT_REQUESTS = 10;
function quotaGate(quota, options) {
  const reserve = (options.commitsUseApi ? COMMIT_RESERVE : 0) + options.concurrency;
  return {
    mayStart: (requests) => quota === null || quota.allows(requests, reserve),
    mayCheckpoint: () => quota === null || quota.allows(CHECKPOINT_REQUESTS, reserve)
  };
}

// src/pipeline/read-input.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var InputError = class extends Error {
  name = "InputError";
};
function literalPaths(patterns) {
  if (patterns.some((pattern) => pattern.includes("\\") || import_picomatch.default.scan(pattern).isGlob)) return null;
  return [...new Set(patterns.map((pattern) => pattern.replace(/^(\.\/)+/, "")))].sort();
}
async function matchingPaths(repo, commit, patterns) {
  const isInput = (0, import_picomatch.default)(patterns, { dot: true });
  return (await repo.listFiles(commit)).filter((path) => isInput(path)).sort();
}
async function readInputFiles(repo, commit, patterns, mayBeGone = false) {
  const literal = literalPaths(patterns);
  const paths = literal ?? await matchingPaths(repo, commit, patterns);
  const read = await Promise.all(paths.map(async (path) => ({ path, content: await repo.readFile(commit, path) })));
  const vanished = literal ? void 0 : read.find((file) => file.content === null);
  if (vanished) throw new InputError(`${vanished.path} vanished from ${commit.slice(0, 7)} while it was read`);
  const files = read.filter((file) => file.content !== null);
  if (files.length === 0 && !mayBeGone) {
    throw new InputError(`no input file matches ${patterns.map((p) => `"${p}"`).join(", ")} at ${commit.slice(0, 7)} in ${repo.description}`);
  }
  return files;
}
async function readInput(repo, commit, patterns, mayBeGone = false) {
  const files = await readInputFiles(repo, commit, patterns, mayBeGone);
  return { commit, files, parsed: parseInputFiles(files) };
}
function deletedInputWarning(patterns, commit) {
  return `no input file matches ${patterns.map((p) => `"${p}"`).join(", ")} at ${commit.slice(0, 7)}: the input was deleted, so its data is empty (earlier data stays in the data branch's history)`;
}

// src/pipeline/run-datums.ts
var DatumTimeout = class extends Error {
  name = "DatumTimeout";
};
function transientReason(error) {
  const answered = error?.response !== void 0;
  const status = httpStatus(error);
  if (answered && status !== void 0) return `GitHub API error ${status}: ${errorMessage(error)}`;
  return errorMessage(error);
}
async function runDatum(item, sources, options) {
  const { control } = options;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DatumTimeout(`gave up after ${formatDuration(options.datumTimeoutMs)}`)), options.datumTimeoutMs);
  const signal = AbortSignal.any([control.signal, deadline.signal]);
  try {
    let commit;
    if (item.recheck && item.previous) {
      const check = await sources.headMoved(item.name, item.previous.commit, signal);
      if (!check.moved) {
        const { stale: _stale, ...current } = item.previous;
        return { record: { ...current, repo: item.name }, computed: false };
      }
      commit = check.head ?? void 0;
    }
    return { record: await sources.compute(item.name, { signal, ...commit ? { commit } : {} }), computed: true };
  } catch (error) {
    if (control.signal.aborted) return null;
    if (isQuotaRefusal(error)) {
      control.stop("quota");
      return null;
    }
    const why = deadline.signal.aborted ? errorMessage(deadline.signal.reason) : transientReason(error);
    if (item.previous && hasStats(item.previous)) return { record: { ...item.previous, repo: item.name, stale: why }, computed: false };
    return { record: failureRecord(item.name, null, why), computed: true };
  } finally {
    clearTimeout(timer);
  }
}
function describe(record) {
  if (record.error !== null) return record.error;
  return `${record.deps} deps, ${record.lines} lines${record.stale ? ` (stale: ${record.stale})` : ""}`;
}
async function runDatums(work, sources, options) {
  const { control, log } = options;
  const counts2 = { computed: 0, kept: 0, failed: 0 };
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < work.length && !control.stopped) {
      const item = work[next];
      if (!options.mayStart(sources.apiRequestsPerDatum + (item.recheck ? 1 : 0))) {
        control.stop("quota");
        return;
      }
      next++;
      if (options.isDone(item.name)) continue;
      const outcome = await runDatum(item, sources, options);
      if (!outcome) continue;
      const { record, computed } = outcome;
      if (computed) counts2.computed++;
      else counts2.kept++;
      if (record.error !== null) counts2.failed++;
      if (computed || record.stale) log.info(`${record.error !== null ? "failed  " : computed ? "computed" : "kept    "} ${record.repo}: ${describe(record)}`);
      done++;
      await options.onRecord(record, computed);
      log.progress?.({ done, total: work.length, failed: counts2.failed, reused: counts2.kept });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, work.length) }, worker));
  return counts2;
}

// src/pipeline/commit-pipeline.ts
function runCounts(datums, invalid, diff) {
  return { processed: datums.processed, reused: datums.reused, failed: datums.failed, pending: datums.pending, invalid, ...counts(diff) };
}
function nothingToDo(outcome, head, invalid, commits = 0) {
  const zero = { processed: 0, reused: 0, failed: 0, pending: head.counts.pending, added: 0, removed: 0, changed: 0 };
  return {
    outcome,
    dataCommit: head.sha,
    inputCommit: head.inputCommit,
    previous: head,
    invalid,
    counts: { ...zero, invalid: invalid.length },
    stopped: null,
    commits
  };
}
async function runCommitPipeline(repo, store, sources, settings, env) {
  const { control, log } = env;
  const state = await store.state();
  await checkDataBranch(repo, store.branch, state, settings.sourceCommit, (message) => log.warning(message));
  const head = state.data;
  let inputCommit = settings.sourceCommit;
  const clean = head !== null && state.foreign.length === 0 && head.counts.pending === 0 && head.counts.outdated === 0 && head.engine === ENGINE_VERSION;
  const forcing = "all" in settings.force || settings.force.keys.size > 0;
  if (head && clean && !settings.refresh && !forcing && head.inputCommit === inputCommit) {
    log.info(`${store.branch} already holds data for ${inputCommit.slice(0, 7)} (${head.sha.slice(0, 7)}): nothing to do`);
    return nothingToDo("already-processed", head, (await readInput(repo, inputCommit, settings.input, true)).parsed.invalid);
  }
  if (head && await isNewerInput(repo, head.inputCommit, inputCommit)) {
    if (!settings.refresh) {
      log.info(`${store.branch} already holds data of a newer input (${head.inputCommit.slice(0, 7)}): this older input changes nothing`);
      return nothingToDo("superseded", head, (await readInput(repo, inputCommit, settings.input, true)).parsed.invalid);
    }
    inputCommit = head.inputCommit;
  }
  const reading = state.tip ? store.records(state.tip) : Promise.resolve([]);
  reading.catch(() => {
  });
  const input = await log.group(`Read input at ${inputCommit.slice(0, 7)}`, async () => {
    const value = await readInput(repo, inputCommit, settings.input, head !== null);
    if (value.files.length === 0) {
      log.warning(deletedInputWarning(settings.input, inputCommit));
    } else {
      log.info(`${value.files.map((f) => f.path).join(", ")}: ${value.parsed.names.length} repositories, ${value.parsed.invalid.length} invalid lines`);
    }
    return value;
  });
  const previous = await reading;
  const index = byKey(previous);
  const plan = planDatums(input.parsed.names, index, settings.refresh, settings.force);
  const mode = settings.refresh ? "refresh" : "commit";
  const work = plan.work.filter((item) => inShard(settings.shard, item.name));
  const forced = work.filter((item) => item.forced).map((item) => item.name);
  const target = { inputCommit, inputFiles: input.files, names: input.parsed.names, invalid: input.parsed.invalid.length, mode, shard: settings.shard, forced };
  const gate = quotaGate(env.quota, { concurrency: settings.concurrency, commitsUseApi: repo.kind === "github" });
  const policy = {
    datums: settings.checkpoint.datums,
    intervalMs: shardCheckpointInterval(settings.checkpoint.intervalMs, settings.shard),
    affordable: gate.mayCheckpoint
  };
  const writer = new DataWriter(store, repo, target, { state, index }, policy, control, log);
  const datums = await log.group("Compute stats", () => {
    const pendingFirst = work.filter((item) => item.previous?.pending).length;
    const rechecks = work.filter((item) => item.recheck).length;
    log.info(
      `${plan.reuse.length} reused, ${rechecks} to re-check, ${work.length - rechecks} to compute (${pendingFirst} pending from before, first), ${plan.removed.length} removed`
    );
    if (settings.shard.count > 1) log.info(`shard ${formatShard(settings.shard)}: ${work.length} of the ${plan.work.length} datums to work on are this job's`);
    return runDatums(work, sources, {
      concurrency: settings.concurrency,
      control,
      datumTimeoutMs: settings.datumTimeoutMs,
      log,
      mayStart: gate.mayStart,
      isDone: (name) => writer.isDone(name),
      onRecord: (record, computed) => writer.add(record, computed)
    });
  });
  const written = await log.group(`Commit to ${store.branch}`, () => writer.finish());
  if (written.kind === "superseded") return nothingToDo("superseded", written.head, input.parsed.invalid, writer.commits);
  const diff = diffData({ records: previous, invalid: [] }, { records: written.records, invalid: input.parsed.invalid });
  const { failed, pending } = tallyRecords(written.records);
  const reused = plan.reuse.length + datums.kept;
  return {
    outcome: "committed",
    dataCommit: written.commit.sha,
    inputCommit,
    previous: head,
    records: written.records,
    invalid: input.parsed.invalid,
    counts: runCounts({ processed: datums.computed, reused, failed, pending }, input.parsed.invalid.length, diff),
    diff,
    stopped: pending > 0 ? control.stopReason : null,
    commits: writer.commits
  };
}

// src/pipeline/run-control.ts
var RunStopped = class extends Error {
  constructor(reason) {
    super(`the run stopped (${reason})`);
    this.reason = reason;
  }
  reason;
  name = "AbortError";
};
var RunControl = class {
  controller = new AbortController();
  reason = null;
  deadline;
  timer;
  listeners = [];
  /** @param timeBudgetMs the run's time from now; null for none */
  constructor(timeBudgetMs = null) {
    this.deadline = timeBudgetMs === null ? Infinity : Date.now() + timeBudgetMs;
    this.timer = timeBudgetMs === null ? null : setTimeout(() => this.stop("time"), timeBudgetMs);
    this.timer?.unref();
  }
  /** Aborted when work in flight is to be abandoned: at the time budget and on cancellation. */
  get signal() {
    return this.controller.signal;
  }
  get stopReason() {
    return this.reason;
  }
  get stopped() {
    return this.reason !== null;
  }
  /**
   * Stops starting datums; the first reason is the one reported. A spent quota or a newer input
   * lets work in flight finish (its requests are made already); time and cancellation abandon it.
   */
  stop(reason) {
    if (this.reason === null) {
      this.reason = reason;
      for (const listener of this.listeners) listener(reason);
    }
    if ((reason === "time" || reason === "cancel") && !this.controller.signal.aborted) this.controller.abort(new RunStopped(reason));
  }
  onStop(listener) {
    this.listeners.push(listener);
  }
  /** Milliseconds left of the time budget (Infinity without one). */
  remainingMs() {
    return this.deadline - Date.now();
  }
  /** Whether the run can wait `ms` (for a rate limit to pass): not cancelled, and within its budget. */
  mayWait(ms) {
    return !this.controller.signal.aborted && ms < this.remainingMs();
  }
  dispose() {
    if (this.timer) clearTimeout(this.timer);
  }
};

// src/github/permission-error.ts
function acceptedPermission(error, preferred) {
  const headers = error?.response?.headers;
  const accepted = headers?.["x-accepted-github-permissions"];
  if (typeof accepted !== "string") return void 0;
  const sets = accepted.split(";").map(
    (set) => set.split(",").map((permission) => permission.trim().replace("=", ": ").replace(/_/g, "-")).join(", ")
  ).filter((set) => set !== "");
  return sets.find((set) => set === preferred) ?? sets[0];
}
function explainRefusal(error, refusal) {
  const status = httpStatus(error);
  const message = errorMessage(error);
  if (status === void 0 || !(refusal.statuses ?? [403]).includes(status) || /rate limit/i.test(message)) return error;
  const permission = acceptedPermission(error, refusal.permission) ?? refusal.permission;
  return new Error(
    `cannot ${refusal.action}: the token is not allowed to (HTTP ${status}: ${message}). Give the job \`permissions: ${permission}\`${refusal.hint ? ` ${refusal.hint}` : ""}; a personal token needs that access to the repository.`
  );
}

// src/store/github-backend.ts
var FILE_MODE = "100644";
var CREATE_BLOB = "POST /repos/{owner}/{repo}/git/blobs";
var MAX_BLOB_BYTES = 100 * 1024 * 1024;
var MAX_INLINE_BYTES = 1024 * 1024;
var GitHubBackend = class {
  constructor(octokit, owner, repo) {
    this.octokit = octokit;
    this.owner = owner;
    this.repo = repo;
    this.description = `${owner}/${repo} on GitHub`;
  }
  octokit;
  owner;
  repo;
  description;
  kind = "github";
  // A commit never changes, so the tree it points at, once seen, spares commitFiles a request.
  treeOfCommit = /* @__PURE__ */ new Map();
  get coordinates() {
    return { owner: this.owner, repo: this.repo };
  }
  async defaultBranch() {
    try {
      const { data } = await this.octokit.rest.repos.get(this.coordinates);
      return data.default_branch;
    } catch (error) {
      if (httpStatus(error) === 404) throw new NotFoundError(`repository ${this.owner}/${this.repo} not found (or not visible with this token)`);
      throw error;
    }
  }
  async branchHead(branch) {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.coordinates, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error) {
      if (httpStatus(error) === 404 || httpStatus(error) === 409) return null;
      throw error;
    }
  }
  async resolveCommit(ref) {
    try {
      return await commitSha(this.octokit, this.coordinates, ref);
    } catch (error) {
      if (httpStatus(error) === 404 || httpStatus(error) === 422) {
        throw new NotFoundError(`no commit "${ref}" in ${this.description}`);
      }
      throw error;
    }
  }
  async listFiles(commit) {
    const { data } = await this.octokit.rest.git.getTree({ ...this.coordinates, tree_sha: commit, recursive: "true" });
    if (data.truncated) throw new Error(`the tree of ${commit} in ${this.description} is too large to list`);
    if (isFullSha(commit)) this.treeOfCommit.set(commit, data.sha);
    return data.tree.filter((entry) => entry.type === "blob" && entry.path).map((entry) => entry.path);
  }
  async readFile(commit, path) {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        ...this.coordinates,
        path,
        ref: commit,
        mediaType: { format: "raw" }
      });
      return typeof data === "string" ? data : null;
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }
  async commitInfo(sha) {
    try {
      const data = await this.getCommit(sha);
      return { sha: data.sha, parents: data.parents.map((p) => p.sha), message: data.message, date: data.committer.date };
    } catch (error) {
      if (httpStatus(error) === 404 || httpStatus(error) === 422) throw new NotFoundError(`no commit "${sha}" in ${this.description}`);
      throw error;
    }
  }
  async history(head, limit) {
    const commits = [];
    const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listCommits, {
      ...this.coordinates,
      sha: head,
      per_page: Math.min(100, limit)
    });
    for await (const { data } of pages) {
      for (const item of data) {
        commits.push({ sha: item.sha, parents: item.parents.map((p) => p.sha), message: item.commit.message, date: item.commit.committer?.date ?? "" });
        if (commits.length >= limit) return commits;
      }
    }
    return commits;
  }
  async isAncestor(ancestor, descendant) {
    try {
      const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
        ...this.coordinates,
        basehead: `${ancestor}...${descendant}`,
        per_page: 1
      });
      return data.status === "ahead" || data.status === "identical";
    } catch (error) {
      if (httpStatus(error) === 404) throw new NotFoundError(`cannot compare ${ancestor} with ${descendant} in ${this.description}`);
      throw error;
    }
  }
  async commitFiles(branch, parent, changes, message) {
    const baseTree = parent ? await this.treeOf(parent) : void 0;
    try {
      return await this.writeCommit(branch, parent, baseTree, changes, message);
    } catch (error) {
      throw explainRefusal(error, { action: `write branch ${branch} of ${this.description}`, permission: "contents: write" });
    }
  }
  async getCommit(sha) {
    const { data } = await this.octokit.rest.git.getCommit({ ...this.coordinates, commit_sha: sha });
    this.treeOfCommit.set(data.sha, data.tree.sha);
    return data;
  }
  async treeOf(commit) {
    return this.treeOfCommit.get(commit) ?? (await this.getCommit(commit)).tree.sha;
  }
  /**
   * A change as a tree entry. A data file's content is sent as a blob of its own: GitHub takes
   * blobs of up to 100 MB (the data files of 100,000 repositories need 20), but a tree request
   * with megabytes of inline content fails. So a commit costs the same requests whatever the
   * data's size. A file small by construction (a generated view) goes inline, with no request.
   */
  async treeEntry(change) {
    const entry = { path: change.path, mode: FILE_MODE, type: "blob" };
    const { content } = change;
    if (content === null) return { ...entry, sha: null };
    const size = byteLengthOf(content);
    if (change.small && typeof content === "string" && size <= MAX_INLINE_BYTES) return { ...entry, content };
    if (size > MAX_BLOB_BYTES) {
      throw new Error(
        `${change.path} would be ${(size / 1e6).toFixed(0)} MB, and GitHub takes files of up to 100 MB: a data branch holds at most about 650,000 repositories`
      );
    }
    const body = new BlobBody(typeof content === "string" ? [Buffer.from(content)] : content);
    const headers = { "content-type": "application/json; charset=utf-8", "content-length": String(body.length) };
    const { data } = await this.octokit.request(CREATE_BLOB, { ...this.coordinates, headers, data: body });
    const sha = data?.sha;
    if (typeof sha !== "string") throw new Error(`GitHub's answer to a new blob for ${change.path} has no sha`);
    return { ...entry, sha };
  }
  /** commitFiles' writes: the tree, the commit, then the ref, moved only by a fast-forward. */
  async writeCommit(branch, parent, baseTree, changes, message) {
    const tree = await this.octokit.rest.git.createTree({
      ...this.coordinates,
      ...baseTree ? { base_tree: baseTree } : {},
      tree: await Promise.all(changes.map((change) => this.treeEntry(change)))
    });
    const commit = await this.octokit.rest.git.createCommit({
      ...this.coordinates,
      message,
      tree: tree.data.sha,
      parents: parent ? [parent] : []
    });
    const sha = commit.data.sha;
    this.treeOfCommit.set(sha, tree.data.sha);
    try {
      if (parent) await this.octokit.rest.git.updateRef({ ...this.coordinates, ref: `heads/${branch}`, sha, force: false });
      else await this.octokit.rest.git.createRef({ ...this.coordinates, ref: `refs/heads/${branch}`, sha });
      return { sha };
    } catch (error) {
      if (httpStatus(error) === 422) return { conflict: true };
      throw error;
    }
  }
};

// src/runtime/github-connection.ts
function connectGitHub(options) {
  const quota = new ApiQuota();
  const octokit = createGitHubClient({
    token: options.token,
    baseUrl: options.apiUrl,
    warn: options.warn,
    quota,
    requestTimeoutMs: options.requestTimeoutMs,
    mayWait: options.mayWait
  });
  const archiveFetch = timedFetch({ timeoutMs: options.requestTimeoutMs });
  return {
    octokit,
    quota,
    backend: (owner, repo) => new GitHubBackend(octokit, owner, repo),
    sources: (download, limits) => new GitHubSources({ octokit, serverUrl: options.serverUrl, download, limits, fetch: archiveFetch })
  };
}

export {
  isNewerInput,
  DataStore,
  recordsFor,
  byKey,
  withStatsIn,
  NONE_FORCED,
  forcedNames,
  planDatums,
  quotaGate,
  readInput,
  deletedInputWarning,
  runDatums,
  runCounts,
  runCommitPipeline,
  RunControl,
  explainRefusal,
  connectGitHub
};
