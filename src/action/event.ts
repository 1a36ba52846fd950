import type { ModeInput } from './settings.js';

/** What the triggering event asks of this run. */
export type Job =
  | { mode: 'commit' | 'refresh'; branch: string; sourceCommit: string }
  | { mode: 'comment'; pullNumber: number; baseBranch: string }
  | { mode: 'skip'; reason: string };

export interface EventContext {
  eventName: string;
  ref: string;
  sha: string;
  payload: {
    deleted?: boolean;
    after?: string;
    pull_request?: { number: number; base?: { ref?: string } };
  };
}

const AUTO_MODES: Record<string, 'commit' | 'comment' | 'refresh'> = {
  push: 'commit',
  pull_request: 'comment',
  pull_request_target: 'comment',
  schedule: 'refresh',
  workflow_dispatch: 'refresh',
};

/** The mode `auto` stands for on an event, or an error naming the event. */
function resolveMode(mode: ModeInput, eventName: string): 'commit' | 'comment' | 'refresh' {
  if (mode !== 'auto') return mode;
  const auto = AUTO_MODES[eventName];
  if (!auto) {
    throw new Error(`mode "auto" has nothing to do on "${eventName}" events: use push, pull_request(_target), schedule or workflow_dispatch, or set "mode"`);
  }
  return auto;
}

/** Turns the event into a job: which branch, which commit, which pull request. */
export function jobForEvent(mode: ModeInput, event: EventContext): Job {
  const resolved = resolveMode(mode, event.eventName);
  if (resolved === 'comment') {
    const pull = event.payload.pull_request;
    if (!pull?.base?.ref) throw new Error(`mode "comment" needs a pull_request or pull_request_target event, got "${event.eventName}"`);
    return { mode: 'comment', pullNumber: pull.number, baseBranch: pull.base.ref };
  }
  if (event.eventName === 'push' && event.payload.deleted) return { mode: 'skip', reason: `${event.ref} was deleted: no input to process` };
  if (!event.ref.startsWith('refs/heads/')) {
    return { mode: 'skip', reason: `${event.ref} is not a branch: Tusk keeps data for branches only` };
  }
  return { mode: resolved, branch: event.ref.slice('refs/heads/'.length), sourceCommit: event.payload.after ?? event.sha };
}
