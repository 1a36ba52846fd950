import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  WHOLE_RUN,
  formatUtc
} from "./chunk-7BIYXUPC.js";

// src/pipeline/stop-note.ts
function pendingNote(reason, quota, shard = WHOLE_RUN) {
  switch (reason) {
    case "quota": {
      const reset = quota?.resetAt ? `, which resets at ${formatUtc(quota.resetAt)}` : "";
      return `the run stopped before the API quota ran out${reset}; the next run continues, pending datums first.`;
    }
    case "time":
      return "the run reached its time budget; the next run continues, pending datums first.";
    case "cancel":
      return "the run was cancelled; the next run continues, pending datums first.";
    default:
      return shard.count > 1 ? "they are the other shards' part of this run: the data is complete once every shard has landed." : "a later run computes them first.";
  }
}
function pendingMessage(pending, note) {
  return `${pending} datum${pending === 1 ? "" : "s"} pending: ${note}`;
}

// src/runtime/stop-on-signals.ts
var CANCEL_GRACE_MS = 8e3;
var CANCELLED_EXIT_CODE = 130;
function stopOnSignals(cancel, log) {
  let exitTimer = null;
  const onSignal = (signal) => {
    if (exitTimer) {
      log(`${signal}: still committing what was finished`);
      return;
    }
    log(`${signal}: stopping; committing what was finished`);
    cancel();
    exitTimer = setTimeout(() => {
      log(`the commit did not finish within ${CANCEL_GRACE_MS / 1e3} s of ${signal}: exiting without it`);
      process.exit(CANCELLED_EXIT_CODE);
    }, CANCEL_GRACE_MS);
    exitTimer.unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (exitTimer) clearTimeout(exitTimer);
  };
}

export {
  pendingNote,
  pendingMessage,
  CANCELLED_EXIT_CODE,
  stopOnSignals
};
