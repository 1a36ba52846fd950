import { STATUS_CODES } from 'node:http';
import { json, type Reply } from './http.js';
import { matchesRequest, type RequestMatch } from './request-match.js';

interface FaultTarget extends RequestMatch {
  /** How many matching requests it applies to; default 1. */
  times?: number;
}

/** A canned answer instead of the route's. */
export interface AnswerFault extends FaultTarget {
  status: number;
  headers?: Record<string, string>;
  /** JSON, or a string sent as text; default `{ message: <reason phrase> }`. */
  body?: unknown;
  /** Sent this much later: a slow response. */
  delayMs?: number;
}

/** The route's own answer, whose body stops after this many bytes with the connection left open. */
export interface StallFault extends FaultTarget {
  stallAfterBytes: number;
}

/** No answer at all, not even headers, until the client gives up or the emulator closes. */
export interface HangFault extends FaultTarget {
  hang: true;
}

/**
 * The route's own answer, made as the request arrives but sent only once `until` settles: a reply
 * that is out of date by the time it lands, as one delayed on a slow network would be.
 */
export interface HoldFault extends FaultTarget {
  until: Promise<unknown>;
}

export type Fault = AnswerFault | StallFault | HangFault | HoldFault;

/** What the server does with a request that a fault took. */
export type FaultAction =
  { kind: 'answer'; reply: Reply; delayMs: number } | { kind: 'stall'; afterBytes: number } | { kind: 'hang' } | { kind: 'hold'; until: Promise<unknown> };

interface ArmedFault {
  fault: Fault;
  remaining: number;
}

function faultReply(fault: AnswerFault): Reply {
  const body = fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Injected fault' };
  if (typeof body === 'string') {
    return { status: fault.status, headers: { 'content-type': 'text/plain; charset=utf-8', ...fault.headers }, raw: body };
  }
  return json(fault.status, body, fault.headers);
}

function actionOf(fault: Fault): FaultAction {
  if ('hang' in fault) return { kind: 'hang' };
  if ('until' in fault) return { kind: 'hold', until: fault.until };
  if ('stallAfterBytes' in fault) return { kind: 'stall', afterBytes: fault.stallAfterBytes };
  return { kind: 'answer', reply: faultReply(fault), delayMs: fault.delayMs ?? 0 };
}

export class FaultList {
  private armed: ArmedFault[] = [];

  add(fault: Fault): void {
    this.armed.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.armed = [];
  }

  /** What the first armed fault matching the request does, using up one of its times. */
  take(method: string, path: string): FaultAction | undefined {
    const hit = this.armed.find((armed) => matchesRequest(armed.fault, method, path));
    if (!hit) return undefined;
    hit.remaining -= 1;
    this.armed = this.armed.filter((armed) => armed.remaining > 0);
    return actionOf(hit.fault);
  }
}
