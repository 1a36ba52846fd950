import { formatUtc } from '../duration.js';
import type { QuotaState } from '../github/api-quota.js';
import type { StopReason } from './run-control.js';
import { WHOLE_RUN, type Shard } from './shard.js';

/**
 * Why a run left datums pending, and when they are computed: for warnings, summaries and
 * comments. A job of a split run that did its part leaves the other shards' datums pending.
 */
export function pendingNote(reason: StopReason | null, quota: QuotaState | null, shard: Shard = WHOLE_RUN): string {
  switch (reason) {
    case 'quota': {
      const reset = quota?.resetAt ? `, which resets at ${formatUtc(quota.resetAt)}` : '';
      return `the run stopped before the API quota ran out${reset}; the next run continues, pending datums first.`;
    }
    case 'time':
      return 'the run reached its time budget; the next run continues, pending datums first.';
    case 'cancel':
      return 'the run was cancelled; the next run continues, pending datums first.';
    default:
      return shard.count > 1
        ? "they are the other shards' part of this run: the data is complete once every shard has landed."
        : 'a later run computes them first.';
  }
}

/** `N datums pending: why, and when they are computed`: the warning a run ends with. */
export function pendingMessage(pending: number, note: string): string {
  // The bare number, as the `pending` output gives it.
  return `${pending} datum${pending === 1 ? '' : 's'} pending: ${note}`;
}
