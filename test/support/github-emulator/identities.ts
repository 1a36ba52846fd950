import type { Identity } from './git.js';

/** Who GitHub says made a commit when the request names nobody. */
export const GITHUB_IDENTITY: Identity = { name: 'GitHub', email: 'noreply@github.com' };

/** The author of commits that tests make directly. */
export const TEST_AUTHOR: Identity = { name: 'Emulator Test', email: 'test@example.com' };
