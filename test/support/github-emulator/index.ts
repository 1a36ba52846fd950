export { GitHubEmulator, type EmulatorOptions } from './emulator.js';
export type { Permission } from './auth.js';
export type { CommitOptions, FileChanges } from './direct-commits.js';
export type { Fault } from './faults.js';
export type { Identity } from './git.js';
export type { PullRequestInfo, PullRequestSpec } from './pull-requests.js';
export type { LoggedRequest } from './request-log.js';
export type { IssueCommentView } from './shapes.js';
