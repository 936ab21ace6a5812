// Statistics for comparing two sets of benchmark rounds.

/**
 * Mann–Whitney U of two samples (ties count ½) and its exact two-sided p-value under the null
 * hypothesis, from the distribution of U for these sample sizes (ties ignored there). Ranges
 * that overlap say little with 7 noisy rounds; this says whether the two sets differ at all.
 */
export function mannWhitney(a, b) {
  let u = 0;
  for (const x of a) for (const y of b) u += x < y ? 1 : x === y ? 0.5 : 0;
  const [n, m] = [a.length, b.length];
  // ways[i][j][k]: orderings of i values of one set and j of the other with U = k.
  const memo = new Map();
  const ways = (i, j, k) => {
    if (k < 0) return 0;
    if (i === 0 || j === 0) return k === 0 ? 1 : 0;
    const key = `${i},${j},${k}`;
    if (!memo.has(key)) memo.set(key, ways(i - 1, j, k - j) + ways(i, j - 1, k));
    return memo.get(key);
  };
  let total = 0;
  let tail = 0;
  const low = Math.min(u, n * m - u);
  for (let k = 0; k <= n * m; k += 1) {
    const count = ways(n, m, k);
    total += count;
    if (k <= low) tail += count;
  }
  return {u, p: Math.min(1, (2 * tail) / total)};
}
