/**
 * Group commit: items that arrive within one turn of the event loop (and while earlier groups are
 * being written) are written together by one `write` call, one round trip and one commit, and
 * each caller's promise settles only once that write has finished: nobody is told "saved" before
 * the database has committed, and when the write fails every caller in it gets the error.
 */
export class GroupCommit<T> {
  private pending: Array<{ item: T; resolve: () => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;
  private running = 0;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    /** Groups written at once (each takes a pooled connection); later arrivals wait and join up. */
    private readonly maxConcurrent = 2,
    /** The most items in one group. */
    private readonly maxItems = 500,
  ) {}

  /** Resolves once the item is committed. */
  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush() {
    while (this.pending.length > 0 && this.running < this.maxConcurrent) {
      const group = this.pending.splice(0, this.maxItems);
      this.running += 1;
      this.write(group.map((entry) => entry.item))
        .then(
          () => group.forEach((entry) => entry.resolve()),
          (error: unknown) => group.forEach((entry) => entry.reject(error)),
        )
        .finally(() => {
          this.running -= 1;
          this.flush();
        });
    }
  }
}
