export interface LoggedRequest {
  method: string;
  /** Decoded, without the query string. */
  path: string;
  /** 0 until the response is sent. */
  status: number;
  query: Record<string, string>;
}

/** Every request in arrival order, so tests can count API calls. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  record(method: string, path: string, query: URLSearchParams): LoggedRequest {
    const entry: LoggedRequest = { method, path, status: 0, query: Object.fromEntries(query) };
    this.entries.push(entry);
    return entry;
  }

  count(method: string, path: RegExp): number {
    return this.entries.filter((entry) => entry.method === method.toUpperCase() && entry.path.search(path) >= 0).length;
  }

  reset(): void {
    this.entries.length = 0;
  }
}
