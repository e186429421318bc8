import { describe, expect, it } from 'vitest';
import { GroupCommit } from '@/lib/feedback/group-commit';

describe('group commit', () => {
  it('writes what arrives together in one write, and answers each only after it', async () => {
    const writes: number[][] = [];
    let finish!: () => void;
    const committed: number[] = [];
    const group = new GroupCommit<number>(
      (items) =>
        new Promise<void>((resolve) => {
          writes.push(items);
          finish = resolve;
        }),
      1,
    );
    const first = [1, 2, 3].map((n) => group.add(n).then(() => committed.push(n)));
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual([[1, 2, 3]]);
    // Arrivals during a write wait for it, then go together.
    const later = [4, 5].map((n) => group.add(n).then(() => committed.push(n)));
    await new Promise((r) => setImmediate(r));
    expect(committed).toEqual([]);
    expect(writes).toHaveLength(1);
    finish();
    await Promise.all(first);
    expect(committed).toEqual([1, 2, 3]);
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    finish();
    await Promise.all(later);
    expect(committed).toEqual([1, 2, 3, 4, 5]);
  });

  it('a failed write fails every caller in it, and the next group is written anew', async () => {
    let fail = true;
    const group = new GroupCommit<string>(async () => {
      if (fail) throw new Error('database down');
    });
    const results = await Promise.allSettled([group.add('a'), group.add('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(group.add('c')).resolves.toBeUndefined();
  });
});
