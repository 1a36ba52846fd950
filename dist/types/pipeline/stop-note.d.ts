import type { QuotaState } from '../github/api-quota.js';
import type { StopReason } from './run-control.js';
import { type Shard } from './shard.js';
/**
 * Why a run left datums pending, and when they are computed: for warnings, summaries and
 * comments. A job of a split run that did its part leaves the other shards' datums pending.
 */
export declare function pendingNote(reason: StopReason | null, quota: QuotaState | null, shard?: Shard): string;
/** `N datums pending: why, and when they are computed`: the warning a run ends with. */
export declare function pendingMessage(pending: number, note: string): string;
