/**
 * The positions of the `limit` highest of the first `count` scores, highest first; equal scores keep their order (as a
 * stable sort would). One pass that keeps only the best `limit`: a query can match thousands of
 * documents and a page shows ten, so sorting them all would be wasted work.
 */
export function topScores(scores: ArrayLike<number>, count: number, limit: number): number[] {
  const best: number[] = [];
  if (limit <= 0) return best;
  for (let i = 0; i < count; i += 1) {
    const score = scores[i]!;
    if (best.length === limit && score <= scores[best[limit - 1]!]!) continue;
    // Insert after every kept score that is higher or equal, so earlier ties stay ahead.
    let at = best.length;
    while (at > 0 && scores[best[at - 1]!]! < score) at -= 1;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best;
}
