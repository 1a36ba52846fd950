import type { Repo } from './repos.js';
import type { Surface } from './router.js';

/** Whether a request may see the repository; GitHub answers 404, not 403, when it may not. */
export function canSee(repo: Repo, surface: Surface, token: string | null, query: URLSearchParams): boolean {
  if (!repo.isPrivate) return true;
  switch (surface) {
    case 'api':
      // Every token the emulator knows has access to every repository.
      return token !== null;
    case 'web':
      // github.com shows a private repository only to a signed-in browser session.
      return false;
    case 'codeload':
      // Only through a link the API handed out.
      return repo.hasArchiveToken(query.get('token'));
  }
}
