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
 * A request GitHub refused for want of a permission, as an error that says which permission the
 * workflow job needs. Anything else, a rate limit's 403 included, is returned as it was.
 */
export declare function explainRefusal(error: unknown, refusal: Refusal): unknown;
