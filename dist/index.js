import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  pendingMessage,
  pendingNote,
  stopOnSignals
} from "./chunks/chunk-2RWJXLGD.js";
import {
  DataStore,
  RunControl,
  byKey,
  connectGitHub,
  deletedInputWarning,
  explainRefusal,
  forcedNames,
  isNewerInput,
  planDatums,
  quotaGate,
  readInput,
  recordsFor,
  runCommitPipeline,
  runCounts,
  runDatums,
  withStatsIn
} from "./chunks/chunk-TPOQYYXA.js";
import {
  COMMENT_MAX_LENGTH,
  DEFAULTS,
  RUN_LIMIT_NAMES,
  RUN_LIMIT_PARSERS,
  TOTALS_SERIES,
  TREND_COMMITS,
  ValueError,
  clipped,
  codeSpan,
  commitPipelineSettings,
  defaultRunLimits,
  diffData,
  errorMessage,
  explainQuotaRefusal,
  formatCount,
  formatQuantity,
  formatShard,
  httpStatus,
  isEmpty,
  isValidBranchName,
  linkDestination,
  nameKey,
  oneOf,
  renderMarkdown,
  repositoryCommitUrl,
  tallyRecords,
  trendOfCommits
} from "./chunks/chunk-7BIYXUPC.js";
import "./chunks/chunk-EFMK3WOT.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync as existsSync2 } from "fs";
import { EOL as EOL5 } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync2(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL5}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
    this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/github.js
var context = new Context();

// src/diff/job-summary.ts
var SUMMARY_MAX_LENGTH = 1e6;
function renderJobSummary(diff, context2, reserved = 0, trend) {
  return renderMarkdown(diff, context2, { maxLength: SUMMARY_MAX_LENGTH - reserved, fullDiffHint: "run `tusk diff` for the full diff", trend });
}

// src/pipeline/preview-pipeline.ts
async function runPreview(repo, store, sources, settings, env) {
  const { log, control } = env;
  const state = await store.state();
  const previous = state.tip ? await store.records(state.tip) : [];
  log.info(`comparing ${settings.commit.slice(0, 7)} with ${store.branch} at ${state.data ? state.data.sha.slice(0, 7) : "(no data yet)"}`);
  const input = await log.group(`Read input at ${settings.commit.slice(0, 7)}`, () => readInput(repo, settings.commit, settings.input, state.data !== null));
  if (input.files.length === 0) log.warning(deletedInputWarning(settings.input, settings.commit));
  const index = byKey(previous);
  const plan = planDatums(input.parsed.names, index, false);
  const results = /* @__PURE__ */ new Map();
  const gate = quotaGate(env.quota, { concurrency: settings.concurrency, commitsUseApi: repo.kind === "github" });
  const datums = await log.group(
    "Compute stats",
    () => runDatums(plan.work, sources, {
      concurrency: settings.concurrency,
      control,
      datumTimeoutMs: settings.datumTimeoutMs,
      log,
      mayStart: gate.mayStart,
      isDone: () => false,
      onRecord: (record) => {
        results.set(nameKey(record.repo), record);
      }
    })
  );
  const records = recordsFor(input.parsed.names, [(key) => results.get(key), withStatsIn(index)]);
  const diff = diffData({ records: previous, invalid: [] }, { records, invalid: input.parsed.invalid });
  const { failed, pending } = tallyRecords(records);
  return {
    base: state.data,
    records,
    invalid: input.parsed.invalid,
    diff,
    counts: runCounts({ processed: datums.computed, reused: plan.reuse.length, failed, pending }, input.parsed.invalid.length, diff),
    stopped: pending > 0 ? control.stopReason : null
  };
}

// src/views/mermaid-xychart.ts
function quoted(text) {
  return `"${text.replace(/[^A-Za-z0-9 ,._-]/g, "")}"`;
}
function axisRange(values) {
  const low = values.reduce((min, value) => Math.min(min, value), Infinity);
  const high = values.reduce((max, value) => Math.max(max, value), -Infinity);
  const margin = Math.max(Math.ceil((high - low) / 10), 1);
  return [Math.max(0, low - margin), high + margin];
}
function mermaidLineChart(chart) {
  const [low, high] = axisRange(chart.values);
  const color = /^#[0-9a-f]{6}$/i.test(chart.color) ? chart.color : "#000000";
  const init = {
    xyChart: { width: 720, height: 220, xAxis: { labelFontSize: 12 }, yAxis: { labelFontSize: 12 } },
    themeVariables: { xyChart: { plotColorPalette: color } }
  };
  return [
    "```mermaid",
    `%%{init: ${JSON.stringify(init)}}%%`,
    "xychart-beta",
    `  title ${quoted(chart.title)}`,
    `  x-axis ${quoted(chart.axis)} [${chart.labels.map(quoted).join(", ")}]`,
    `  y-axis ${low} --> ${high}`,
    `  line [${chart.values.join(", ")}]`,
    "```"
  ].join("\n");
}

// src/views/trend-markdown.ts
var PROPOSED = "PR";
var AXIS = "data commits, oldest first, then the pull request";
function labelsOf(history) {
  return [...history.map((_, i) => String(i + 1)), PROPOSED];
}
function dataCommitCell(sha, repositoryUrl) {
  const short = codeSpan((sha ?? "").slice(0, 7));
  return repositoryUrl && sha ? `[${short}](${linkDestination(repositoryCommitUrl(repositoryUrl, sha))})` : short;
}
function numbersTable(content, labels) {
  const rows = content.history.map((point, i) => {
    const numbers = [point.repositories, point.deps, point.lines].map(formatCount);
    return `| ${labels[i]} | ${dataCommitCell(point.dataCommit, content.repositoryUrl)} | ${codeSpan(point.inputCommit.slice(0, 7))} | ${numbers.join(" | ")} |`;
  });
  const { repositories, deps, lines } = content.proposed;
  rows.push(`| ${PROPOSED} | this pull request | | ${[repositories, deps, lines].map((n) => `**${formatCount(n)}**`).join(" | ")} |`);
  return ["| | Data commit | Input commit | Repositories | Deps | Lines |", "|--:|---|---|--:|--:|--:|", ...rows].join("\n");
}
function renderTrendMarkdown(content) {
  const { history, proposed } = content;
  if (history.length === 0) return null;
  const labels = labelsOf(history);
  const charts = TOTALS_SERIES.map(
    ({ key, title, color }) => mermaidLineChart({ title, axis: AXIS, labels, values: [...history.map((point) => point[key]), proposed[key]], color })
  );
  const last = history[history.length - 1];
  const moves = TOTALS_SERIES.map(({ key, title }) => `${title.toLowerCase()} ${formatCount(last[key])} \u2192 ${formatCount(proposed[key])}`);
  const blocks = [
    "#### Trend",
    `The totals of the last ${formatQuantity(history.length, "data commit", "data commits")} of ${codeSpan(clipped(content.branch))}, then with this pull request (${PROPOSED}): ${moves.join(", ")}.`,
    ...charts,
    `<details>
<summary>The numbers</summary>

${numbersTable(content, labels)}

</details>`
  ];
  return `${blocks.join("\n\n")}
`;
}

// src/bot/token-identity.ts
var VIEWER_QUERY = "query { viewer { login databaseId } }";
async function tokenIdentity(octokit) {
  let viewerError;
  try {
    const { viewer } = await octokit.graphql(VIEWER_QUERY);
    return { id: viewer.databaseId ?? null, login: viewer.login };
  } catch (error2) {
    viewerError = error2;
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { id: data.id, login: data.login };
  } catch (error2) {
    throw new Error(
      `cannot tell which account the token acts as, so cannot tell the bot's comment from others: GraphQL viewer: ${errorMessage(viewerError)}; GET /user: ${errorMessage(error2)}`,
      { cause: error2 }
    );
  }
}
function bareLogin(login) {
  return login.toLowerCase().replace(/\[bot\]$/, "");
}
function isAuthoredBy(author, identity) {
  if (!author) return false;
  if (identity.id !== null && author.id !== void 0) return author.id === identity.id;
  return bareLogin(author.login) === bareLogin(identity.login);
}

// src/bot/pull-request-comment.ts
var MARKER = /^<!-- tusk:data-diff (\S+)(?: head=([0-9a-f]{40}) base=([0-9a-f]{40}|none))? -->/;
function commentMarker(dataBranch, state) {
  return `<!-- tusk:data-diff ${encodeURIComponent(dataBranch)} head=${state.head} base=${state.base ?? "none"} -->`;
}
function markerOf(body) {
  const match = MARKER.exec(body);
  if (!match) return null;
  let dataBranch;
  try {
    dataBranch = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  const state = match[2] ? { head: match[2], base: match[3] === "none" ? null : match[3] } : null;
  return { dataBranch, state };
}
async function ownComments(octokit, target, identity) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullNumber,
    per_page: 100
  });
  const own = [];
  for (const comment of comments) {
    const marker = markerOf(comment.body ?? "");
    if (marker?.dataBranch !== target.dataBranch || !isAuthoredBy(comment.user, identity)) continue;
    own.push({ id: comment.id, url: comment.html_url, body: comment.body ?? "", state: marker.state });
  }
  return own;
}
async function findOwnComment(octokit, target, identity) {
  return (await ownComments(octokit, target, identity))[0] ?? null;
}
async function settleDuplicates(octokit, backend, target, identity, ours) {
  const [first, ...later] = await ownComments(octokit, target, identity);
  if (!first) return null;
  const coordinates = { owner: target.owner, repo: target.repo };
  try {
    if (first.body !== ours.body && !await newerComment(backend, first, ours.state)) {
      await octokit.rest.issues.updateComment({ ...coordinates, comment_id: first.id, body: ours.body });
    }
    for (const comment of later) {
      await octokit.rest.issues.deleteComment({ ...coordinates, comment_id: comment.id }).catch((error2) => {
        if (httpStatus(error2) !== 404) throw error2;
      });
    }
  } catch (error2) {
    throw explainRefusal(error2, { action: "tidy the pull request comments", permission: "pull-requests: write", statuses: [403, 404] });
  }
  return first.url;
}
async function pullRequestMovedOn(octokit, target, ours) {
  const { data: pull } = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.pullNumber });
  if (pull.head.sha === ours.head) return null;
  return `the pull request moved on to ${pull.head.sha.slice(0, 7)} while this run worked on ${ours.head.slice(0, 7)}: the run for the new head comments`;
}
async function newerComment(backend, existing, ours) {
  const theirs = existing?.state;
  if (!theirs) return null;
  if (theirs.head !== ours.head) {
    return await isNewerInput(backend, theirs.head, ours.head) ? `it already shows a newer head (${theirs.head.slice(0, 7)})` : null;
  }
  if (theirs.base === ours.base || theirs.base === null) return null;
  if (ours.base === null || await isNewerInput(backend, theirs.base, ours.base))
    return `it already compares with newer base data (${theirs.base.slice(0, 7)})`;
  return null;
}
async function upsertComment(octokit, target, existing, body) {
  try {
    if (existing) {
      if (existing.body !== body) {
        await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
      }
      return existing.url;
    }
    const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.pullNumber, body });
    return data.html_url;
  } catch (error2) {
    throw explainRefusal(error2, {
      action: "write the pull request comment",
      permission: "pull-requests: write",
      statuses: [403, 404],
      hint: "(on pull_request from a fork, use pull_request_target)"
    });
  }
}

// src/bot/comment-mode.ts
async function runCommentMode(options) {
  const { octokit, backend, store, sources, pullNumber, settings, env } = options;
  const { log } = env;
  const coordinates = { owner: backend.owner, repo: backend.repo };
  const { data: pull } = await octokit.rest.pulls.get({ ...coordinates, pull_number: pullNumber });
  const commit = pull.merge_commit_sha ?? pull.head.sha;
  log.info(`pull request #${pullNumber} at ${commit.slice(0, 7)}`);
  const preview = await runPreview(
    backend,
    store,
    sources,
    { commit, input: settings.input, concurrency: settings.concurrency, datumTimeoutMs: settings.datumTimeoutMs },
    env
  );
  const { diff } = preview;
  const context2 = {
    base: { label: store.branch, dataCommit: preview.base?.sha ?? null },
    head: { label: `#${pullNumber}`, commit },
    repositoryUrl: options.repositoryUrl,
    pendingNote: pendingNote(preview.stopped, env.quota?.state ?? null)
  };
  const trend = await readTrend(store, preview.base, diff.totals.after, options.repositoryUrl, log);
  const state = { head: pull.head.sha, base: preview.base?.sha ?? null };
  const marker = commentMarker(store.branch, state);
  const body = `${marker}
${renderMarkdown(diff, context2, { maxLength: COMMENT_MAX_LENGTH - marker.length - 1, trend })}`;
  let commentError = null;
  const commentUrl = await log.group("Comment on the pull request", async () => {
    const target = { ...coordinates, pullNumber, dataBranch: store.branch };
    const identity = await tokenIdentity(octokit);
    const moved = await pullRequestMovedOn(octokit, target, state);
    if (moved) {
      log.info(`no comment from this run: ${moved}`);
      return null;
    }
    const existing = await findOwnComment(octokit, target, identity);
    if (!existing && isEmpty(diff)) {
      log.info("the pull request changes no data: no comment needed");
      return null;
    }
    const newer = await newerComment(backend, existing, state);
    if (newer) {
      log.info(`the comment is left as it is: ${newer}`);
      return existing.url;
    }
    const url = await upsertComment(octokit, target, existing, body);
    log.info(`${existing ? "updated" : "created"} ${url}`);
    if (existing) return url;
    const kept = await settleDuplicates(octokit, backend, target, identity, { state, body }) ?? url;
    if (kept !== url) log.info(`another run commented at the same time: kept the first comment, ${kept}`);
    return kept;
  }).catch((error2) => {
    commentError = errorMessage(error2);
    return null;
  });
  return {
    baseDataCommit: preview.base?.sha ?? null,
    commentUrl,
    counts: preview.counts,
    invalid: preview.invalid,
    stopped: preview.stopped,
    summary: renderJobSummary(diff, context2, 0, trend),
    commentError
  };
}
async function readTrend(store, base, proposed, repositoryUrl, log) {
  if (!base) return void 0;
  try {
    const history = trendOfCommits(await store.backend.history(base.sha, TREND_COMMITS));
    return renderTrendMarkdown({ branch: store.branch, history, proposed, repositoryUrl }) ?? void 0;
  } catch (error2) {
    log.warning(`the trend is left out of the report: ${errorMessage(error2)}`);
    return void 0;
  }
}

// src/action/action-log.ts
var actionLog = {
  info: (message) => info(message),
  warning: (message) => warning(message),
  group: (name, fn) => group(name, fn)
};

// src/action/event.ts
var AUTO_MODES = {
  push: "commit",
  pull_request: "comment",
  pull_request_target: "comment",
  schedule: "refresh",
  workflow_dispatch: "refresh"
};
function resolveMode(mode, eventName) {
  if (mode !== "auto") return mode;
  const auto = AUTO_MODES[eventName];
  if (!auto) {
    throw new Error(`mode "auto" has nothing to do on "${eventName}" events: use push, pull_request(_target), schedule or workflow_dispatch, or set "mode"`);
  }
  return auto;
}
function jobForEvent(mode, event) {
  const resolved = resolveMode(mode, event.eventName);
  if (resolved === "comment") {
    const pull = event.payload.pull_request;
    if (!pull?.base?.ref) throw new Error(`mode "comment" needs a pull_request or pull_request_target event, got "${event.eventName}"`);
    return { mode: "comment", pullNumber: pull.number, baseBranch: pull.base.ref };
  }
  if (event.eventName === "push" && event.payload.deleted) return { mode: "skip", reason: `${event.ref} was deleted: no input to process` };
  if (!event.ref.startsWith("refs/heads/")) {
    return { mode: "skip", reason: `${event.ref} is not a branch: Tusk keeps data for branches only` };
  }
  return { mode: resolved, branch: event.ref.slice("refs/heads/".length), sourceCommit: event.payload.after ?? event.sha };
}

// src/action/settings.ts
var MODES = ["auto", "commit", "comment", "refresh"];
var SettingsError = class extends Error {
  name = "SettingsError";
};
function checked(name, raw, parse) {
  try {
    return parse(raw);
  } catch (error2) {
    if (error2 instanceof ValueError) throw new SettingsError(`input "${name}" ${error2.message}, got "${raw}"`);
    throw error2;
  }
}
function forceInput(raw) {
  const words = raw.split(/\s+/).filter((word) => word !== "");
  const forced = forcedNames(words.length === 1 && words[0] === "all" ? "all" : words);
  if ("invalid" in forced) throw new SettingsError(`input "force" must be repository names (owner/repo) or "all", got "${forced.invalid}"`);
  return forced;
}
function parseSettings(get) {
  const token = get("token");
  if (!token) throw new SettingsError('input "token" is empty: pass ${{ github.token }} or a token with contents access');
  const input = get("input").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  if (input.length === 0) throw new SettingsError(`input "input" is empty: name the input file, e.g. ${DEFAULTS.input[0]}`);
  const dataBranch = get("data-branch").trim() || DEFAULTS.dataBranch;
  if (!isValidBranchName(dataBranch.replaceAll("{branch}", "main"))) {
    throw new SettingsError(`input "data-branch" is not a valid branch name: "${dataBranch}"`);
  }
  const mode = checked("mode", get("mode") || "auto", (raw) => oneOf(raw, MODES));
  let limits = defaultRunLimits(DEFAULTS.timeBudgetMs);
  for (const name of RUN_LIMIT_NAMES) {
    const raw = get(name);
    if (raw.trim() !== "") limits = { ...limits, ...checked(name, raw, RUN_LIMIT_PARSERS[name]) };
  }
  return { token, input, dataBranch, mode, limits, force: forceInput(get("force")) };
}

// src/action/commit-report.ts
function commitReport(result, dataBranch, repositoryUrl, pendingNote2) {
  const short = result.dataCommit.slice(0, 7);
  if (result.outcome !== "committed") {
    const why = result.outcome === "already-processed" ? "already holds data for this input" : "holds data of a newer input";
    const handed = result.commits > 0 ? " This run handed what it had computed over to it." : "";
    return `### Tusk

\`${dataBranch}\` ${why} (data commit ${short}): nothing to do.${handed}
`;
  }
  const { processed, reused, failed, pending } = result.counts;
  const made = result.commits === 0 ? "nothing new to commit" : result.commits === 1 ? "1 data commit" : `${result.commits} data commits`;
  const pendingLine = pending > 0 ? `

**${pending} pending**: ${pendingNote2}` : "";
  const heading = `### Tusk: data commit ${short} on \`${dataBranch}\`

${processed} computed, ${reused} reused, ${failed} failed (${made}).${pendingLine}

`;
  const context2 = {
    base: { label: dataBranch, dataCommit: result.previous?.sha ?? null },
    head: { label: "input", commit: result.inputCommit },
    repositoryUrl,
    pendingNote: pendingNote2
  };
  return heading + renderJobSummary(result.diff, context2, heading.length);
}

// src/action/run.ts
var INPUT_NAMES = ["input", "data-branch", "mode", "force", ...RUN_LIMIT_NAMES];
function readSettings() {
  const settings = parseSettings((name) => getInput(name));
  setSecret(settings.token);
  for (const name of INPUT_NAMES) debug(`${name}: ${getInput(name)}`);
  return settings;
}
function annotateInvalid(invalid) {
  for (const line of invalid) {
    error(`not a GitHub repository name: ${JSON.stringify(line.text)} (expected owner/repo)`, {
      title: "Invalid input line",
      file: line.file,
      startLine: line.line
    });
  }
}
async function report(result) {
  annotateInvalid(result.invalid);
  for (const [name, value] of Object.entries(result.counts)) setOutput(name, String(value));
  setOutput("data-commit", result.dataCommit);
  if (result.commentUrl !== void 0) setOutput("comment-url", result.commentUrl ?? "");
  await summary.addRaw(result.summary).write();
  const { pending } = result.counts;
  if (pending > 0) {
    const message = pendingMessage(pending, result.note);
    if (result.stopped === "cancel") setFailed(message);
    else if (result.stopped !== null) warning(message, { title: "Pending datums" });
    else notice(message);
  }
  if (result.commentError) setFailed(result.commentError);
  const { length } = result.invalid;
  if (length > 0) setFailed(`${length} invalid input line${length === 1 ? "" : "s"}: the valid names were processed; fix the lines annotated above`);
}
async function run() {
  let control = null;
  let stopListening = () => {
  };
  try {
    const settings = readSettings();
    const job = jobForEvent(settings.mode, context);
    if (job.mode === "skip") {
      notice(job.reason);
      return;
    }
    const { limits } = settings;
    const run2 = new RunControl(limits.timeBudgetMs);
    control = run2;
    stopListening = stopOnSignals(
      () => run2.stop("cancel"),
      (message) => warning(message)
    );
    const connection = connectGitHub({
      token: settings.token,
      apiUrl: context.apiUrl,
      serverUrl: context.serverUrl,
      requestTimeoutMs: limits.requestTimeoutMs,
      mayWait: (ms) => run2.mayWait(ms),
      warn: warning
    });
    const { owner, repo } = context.repo;
    const repositoryUrl = `${context.serverUrl}/${owner}/${repo}`;
    const backend = connection.backend(owner, repo);
    const sources = connection.sources(limits.download, limits);
    const env = { control: run2, quota: connection.quota, log: actionLog };
    const note = (stopped) => pendingNote(stopped, connection.quota.state, limits.shard);
    if (job.mode === "comment") {
      if (limits.shard.index > 1) {
        notice(`the pull request's comment is made by one job: shard ${formatShard(limits.shard)} leaves it to shard 1/${limits.shard.count}`);
        return;
      }
      const store2 = DataStore.forSourceBranch(backend, settings.dataBranch, job.baseBranch, context.serverUrl, warning);
      const datums = { input: settings.input, concurrency: limits.concurrency, datumTimeoutMs: limits.datumTimeoutMs };
      const result2 = await runCommentMode({
        octokit: connection.octokit,
        backend,
        store: store2,
        sources,
        pullNumber: job.pullNumber,
        settings: datums,
        env,
        repositoryUrl
      });
      await report({ ...result2, dataCommit: result2.baseDataCommit ?? "", note: note(result2.stopped) });
      return;
    }
    const store = DataStore.forSourceBranch(backend, settings.dataBranch, job.branch, context.serverUrl, warning);
    const source = { sourceCommit: job.sourceCommit, input: settings.input, refresh: job.mode === "refresh", force: settings.force };
    const result = await runCommitPipeline(backend, store, sources, commitPipelineSettings(limits, source), env);
    const stopNote = note(result.stopped);
    await report({ ...result, summary: commitReport(result, store.branch, repositoryUrl, stopNote), note: stopNote });
  } catch (error2) {
    setFailed(errorMessage(explainQuotaRefusal(error2)));
  } finally {
    stopListening();
    control?.dispose();
  }
}

// src/index.ts
await run();
