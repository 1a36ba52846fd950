import { jest } from '@jest/globals';
import { RunControl, RunStopped } from '../../src/pipeline/run-control.js';

describe('RunControl', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('stops at its time budget, abandoning work in flight, and waits only for what fits in the budget', () => {
    const control = new RunControl(60_000);
    const seen: string[] = [];
    control.onStop((reason) => seen.push(reason));
    expect(control.mayWait(59_000)).toBe(true);
    expect(control.mayWait(61_000)).toBe(false);
    jest.advanceTimersByTime(59_999);
    expect(control.stopped).toBe(false);
    jest.advanceTimersByTime(1);
    expect(control.stopReason).toBe('time');
    expect(control.signal.aborted).toBe(true);
    expect(control.signal.reason).toEqual(new RunStopped('time'));
    expect(control.signal.reason.name).toBe('AbortError'); // no HTTP client retries it
    expect(control.mayWait(1)).toBe(false);
    expect(seen).toEqual(['time']);
    control.dispose();
  });

  it('lets work in flight finish when the quota stops it, and keeps the first reason', () => {
    const control = new RunControl();
    control.stop('quota');
    expect(control.signal.aborted).toBe(false);
    expect(control.mayWait(1000)).toBe(true); // a commit may still wait for a secondary limit
    control.stop('cancel');
    expect(control.stopReason).toBe('quota');
    expect(control.signal.aborted).toBe(true); // cancellation still abandons what is in flight
    expect(control.mayWait(1)).toBe(false);
  });

  it('has no budget unless given one', () => {
    const control = new RunControl();
    jest.advanceTimersByTime(10 * 3_600_000);
    expect(control.stopped).toBe(false);
    expect(control.remainingMs()).toBe(Infinity);
  });
});
