import { STATUS_CODES } from 'node:http';
import { json, type Reply } from './http.js';

/** A canned answer for the next `times` requests that match `method` and `path`. */
export interface Fault {
  method?: string;
  /** A RegExp searched in the path, or a prefix of it (paths exclude the query string). */
  path: RegExp | string;
  status: number;
  times?: number;
  headers?: Record<string, string>;
  /** JSON, or a string sent as text; default `{ message: <reason phrase> }`. */
  body?: unknown;
  /** Sent this much later: a slow response. */
  delayMs?: number;
}

interface ArmedFault {
  fault: Fault;
  remaining: number;
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  return typeof fault.path === 'string' ? path.startsWith(fault.path) : path.search(fault.path) >= 0;
}

function faultReply(fault: Fault): Reply {
  const body = fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Injected fault' };
  if (typeof body === 'string') {
    return { status: fault.status, headers: { 'content-type': 'text/plain; charset=utf-8', ...fault.headers }, raw: body };
  }
  return json(fault.status, body, fault.headers);
}

export class FaultList {
  private armed: ArmedFault[] = [];

  add(fault: Fault): void {
    this.armed.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.armed = [];
  }

  /** The reply of the first armed fault matching the request, using up one of its times. */
  take(method: string, path: string): { reply: Reply; delayMs: number } | undefined {
    const hit = this.armed.find((armed) => matches(armed.fault, method, path));
    if (!hit) return undefined;
    hit.remaining -= 1;
    this.armed = this.armed.filter((armed) => armed.remaining > 0);
    return { reply: faultReply(hit.fault), delayMs: hit.fault.delayMs ?? 0 };
  }
}
