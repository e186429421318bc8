/**
 * A bounded least-recently-used cache of search results, keyed by the normalised query. The index
 * never changes while a process runs (a content change arrives with a rebuild and a new process), so
 * entries never go stale; the bound keeps memory flat whatever readers type.
 */
export class QueryCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly size = 500) {}

  /** The cached value for `key`, or `compute()`'s, which is then kept. */
  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key); // most recently used goes last
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
