import type { QuotaState } from '../github/api-quota.js';
import type { StopReason } from './run-control.js';
/** Why a run left datums pending, and when they are computed: for warnings, summaries and comments. */
export declare function pendingNote(reason: StopReason | null, quota: QuotaState | null): string;
