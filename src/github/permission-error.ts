import { errorMessage } from '../error-message.js';
import { httpStatus } from './octokit.js';

export interface Refusal {
  /** What was refused, after "cannot": `write the pull request comment`. */
  action: string;
  /** The permission a workflow job needs, when GitHub's answer does not name it: `contents: write`. */
  permission: string;
  /** The statuses that mean "not allowed" here (GitHub answers some with 404, to hide the resource). */
  statuses?: number[];
  /** Said after the permission, e.g. where a fork's pull request needs another event. */
  hint?: string;
}

/**
 * The permission a refused request needed, in a workflow's spelling, from GitHub's
 * x-accepted-github-permissions header: sets that each suffice, split by `;`, of permissions
 * split by `,` (`issues=write; pull_requests=write`). `preferred` wins when it is one of the sets.
 */
function acceptedPermission(error: unknown, preferred: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
  const accepted = headers?.['x-accepted-github-permissions'];
  if (typeof accepted !== 'string') return undefined;
  const sets = accepted
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((permission) => permission.trim().replace('=', ': ').replace(/_/g, '-'))
        .join(', '),
    )
    .filter((set) => set !== '');
  return sets.find((set) => set === preferred) ?? sets[0];
}

/**
 * A request GitHub refused for want of a permission, as an error that says which permission the
 * workflow job needs. Anything else, a rate limit's 403 included, is returned as it was.
 */
export function explainRefusal(error: unknown, refusal: Refusal): unknown {
  const status = httpStatus(error);
  const message = errorMessage(error);
  if (status === undefined || !(refusal.statuses ?? [403]).includes(status) || /rate limit/i.test(message)) return error;
  const permission = acceptedPermission(error, refusal.permission) ?? refusal.permission;
  return new Error(
    `cannot ${refusal.action}: the token is not allowed to (HTTP ${status}: ${message}). ` +
      `Give the job \`permissions: ${permission}\`${refusal.hint ? ` ${refusal.hint}` : ''}; a personal token needs that access to the repository.`,
  );
}
