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
  /** Date.now() at each entry's arrival; kept apart so that entries keep the shape tests compare. */
  private readonly arrivals: number[] = [];

  record(method: string, path: string, query: URLSearchParams): LoggedRequest {
    const entry: LoggedRequest = { method, path, status: 0, query: Object.fromEntries(query) };
    this.entries.push(entry);
    this.arrivals.push(Date.now());
    return entry;
  }

  count(method: string, path: RegExp): number {
    return this.entries.filter((entry) => entry.method === method.toUpperCase() && entry.path.search(path) >= 0).length;
  }

  /** The requests that arrived from `from` to `to` (Date.now() values), both included. */
  between(from: number, to: number): LoggedRequest[] {
    return this.entries.filter((_, i) => this.arrivals[i]! >= from && this.arrivals[i]! <= to);
  }

  reset(): void {
    this.entries.length = 0;
    this.arrivals.length = 0;
  }
}
