import { describe, expect, it } from 'vitest';
import { topScores } from '@/lib/search/top-scores';

describe('the best results of a search', () => {
  it('are the highest scores, highest first, and equal scores keep their order', () => {
    const scores = [1, 5, 3, 5, 2, 5, 4];
    expect(topScores(scores, scores.length, 4)).toEqual([1, 3, 5, 6]);
    expect(topScores(scores, scores.length, 10)).toEqual([1, 3, 5, 6, 2, 4, 0]);
    expect(topScores(scores, 3, 2)).toEqual([1, 2]); // only the first three count
    expect(topScores(scores, scores.length, 0)).toEqual([]);
  });
});
