/** Maps `items` with at most `limit` calls of `fn` in flight; results keep the items' order. */
export declare function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]>;
