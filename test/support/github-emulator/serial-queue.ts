/** Runs work one piece at a time, in arrival order: a per-repository lock for ref updates. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    // A failed piece of work must not block the ones queued after it.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
