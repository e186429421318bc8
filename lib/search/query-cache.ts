/**
 * A bounded least-recently-used cache, keyed by a normalised query. The index never changes while
 * a process runs (a content change arrives with a rebuild and a new process), so entries never go
 * stale; the bound keeps memory flat whatever readers type. Used for search results.
 */
export class QueryCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly size = 500) {}

  /** The cached value for `key`, or `compute()`'s, which is then kept. */
  get(key: string, compute: () => T): T {
    const hit = this.peek(key);
    if (hit !== undefined) return hit;
    const value = compute();
    this.set(key, value);
    return value;
  }

  /** The cached value for `key`, marked most recently used; undefined when there is none. */
  peek(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    this.entries.delete(key); // most recently used goes last
    this.entries.set(key, hit);
    return hit;
  }

  /** Keeps `value`, dropping the least recently used entry when the cache is full. */
  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  get count(): number {
    return this.entries.size;
  }
}
