import { type RepoBackend } from '../store/repo-backend.js';
/** Whether `newer` is a later input than `commit` on the source history (history never goes back). */
export declare function isNewerInput(repo: RepoBackend, newer: string, commit: string): Promise<boolean>;
