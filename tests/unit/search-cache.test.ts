import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeQuery, searchSite } from '@/lib/search';
import { QueryCache } from '@/lib/search/query-cache';
import { compareRows, loadBaseline } from '../../scripts/bench-baseline';

describe('the query cache', () => {
  it('computes once per key and keeps at most its size, dropping the least recently used', () => {
    const cache = new QueryCache<number>(2);
    let computed = 0;
    const get = (key: string) => cache.get(key, () => ++computed);
    expect(get('a')).toBe(1);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(2);
    get('a'); // a is now the most recent
    expect(get('c')).toBe(3); // b goes
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
  });

  it('keys by the words only, so case, spacing and punctuation share one entry', () => {
    expect(normalizeQuery('  How MUCH, does IOP cost?? ')).toBe('how much does iop cost');
    expect(searchSite('COST!')).toBe(searchSite('cost'));
    expect(searchSite('cost', { limit: 3 })).not.toBe(searchSite('cost', { limit: 4 }));
  });

  it('type=faq finds only questions', () => {
    const results = searchSite('cost', { limit: 50, type: 'faq' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.type === 'faq' && r.url.startsWith('/faq#'))).toBe(true);
  });
});

describe('benchmark baselines', () => {
  it('prints before, after and the ratio for rows and metrics both runs have', () => {
    const baseline = {
      bench: 'bench:search',
      date: '',
      machine: '',
      load: [],
      figures: { synthetic: { p95: 10, p50: 4 }, gone: { p95: 1 } },
    };
    expect(compareRows(baseline, { synthetic: { p95: 5, extra: 1 }, fresh: { p95: 2 } })).toEqual([
      ['row', 'metric', 'before', 'after', 'after ÷ before'],
      ['synthetic', 'p95', '10', '5', '0.50×'],
    ]);
  });

  it("refuses a file that isn't this benchmark's saved run, naming the file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'baseline-'));
    const other = path.join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ bench: 'bench:pages', figures: {} }));
    expect(() => loadBaseline('bench:search', ['--baseline', other])).toThrow(
      /other\.json: field "bench" must be "bench:search"/,
    );
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{');
    expect(() => loadBaseline('bench:search', ['--baseline', broken])).toThrow(/broken\.json/);
    expect(() => loadBaseline('bench:search', ['--baseline'])).toThrow(/needs a file name/);
  });
});
