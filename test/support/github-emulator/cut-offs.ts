import { matchesRequest, type RequestMatch } from './request-match.js';

export interface CutOffSpec extends RequestMatch {
  /** Fires when the n-th matching request arrives (counted from when the cut-off is armed); default 1. */
  after?: number;
  /** The process to signal: the action or CLI the test spawned. */
  pid: number;
  signal: NodeJS.Signals;
}

/** One armed cut-off; `firedAt` (Date.now()) is set when the signal is sent. */
export interface CutOff {
  readonly spec: CutOffSpec;
  /** Matching requests seen so far. */
  seen: number;
  firedAt: number | null;
  /** Why the signal could not be sent (the process had already exited), if so. */
  error: string | null;
}

/** Signals a process when a chosen request arrives, as a runner's cancel or a kill would land mid-run. */
export class CutOffList {
  readonly all: CutOff[] = [];

  add(spec: CutOffSpec): CutOff {
    const cutOff: CutOff = { spec, seen: 0, firedAt: null, error: null };
    this.all.push(cutOff);
    return cutOff;
  }

  /** Called as each request arrives, before it is answered: the request itself is still served. */
  arrived(method: string, path: string): void {
    for (const cutOff of this.all) {
      if (cutOff.firedAt !== null || cutOff.error !== null || !matchesRequest(cutOff.spec, method, path)) continue;
      cutOff.seen += 1;
      if (cutOff.seen < (cutOff.spec.after ?? 1)) continue;
      try {
        process.kill(cutOff.spec.pid, cutOff.spec.signal);
        cutOff.firedAt = Date.now();
      } catch (error) {
        cutOff.error = error instanceof Error ? error.message : String(error);
      }
    }
  }
}
