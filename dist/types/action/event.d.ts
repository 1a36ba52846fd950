import type { ModeInput } from './settings.js';
/** What the triggering event asks of this run. */
export type Job = {
    mode: 'commit' | 'refresh';
    branch: string;
    sourceCommit: string;
} | {
    mode: 'comment';
    pullNumber: number;
    baseBranch: string;
} | {
    mode: 'skip';
    reason: string;
};
export interface EventContext {
    eventName: string;
    ref: string;
    sha: string;
    payload: {
        deleted?: boolean;
        after?: string;
        pull_request?: {
            number: number;
            base?: {
                ref?: string;
            };
        };
    };
}
/** Turns the event into a job: which branch, which commit, which pull request. */
export declare function jobForEvent(mode: ModeInput, event: EventContext): Job;
