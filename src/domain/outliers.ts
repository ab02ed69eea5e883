// Values that stand out among communes, usually typos (15.900 for 1.590).
// Iglewicz–Hoaglin modified z-score, robust to the outliers it looks for.

const MIN_VALUES = 5;
const MAD_SCALE = 0.6745;
/** When more than half the values are equal the MAD is 0; the mean absolute deviation × √(π/2) stands in. */
const MEAN_AD_SCALE = 1.253314;

/** Median of numbers already sorted ascending. */
export function medianOfSorted(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** M = 0.6745 (x − median) / MAD for each value; nulls (and non-finite values) stay null and are ignored. */
export function modifiedZScores(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return values.map(() => null);
  const med = medianOfSorted([...present].sort((a, b) => a - b));
  const deviations = present.map((v) => Math.abs(v - med));
  const mad = medianOfSorted([...deviations].sort((a, b) => a - b));
  const meanAd = deviations.reduce((s, d) => s + d, 0) / deviations.length;
  const score = (v: number): number => {
    if (mad > 0) return (MAD_SCALE * (v - med)) / mad;
    if (meanAd > 0) return (v - med) / (MEAN_AD_SCALE * meanAd);
    return 0; // all values equal: nothing stands out
  };
  return values.map((v) => (v !== null && Number.isFinite(v) ? score(v) : null));
}

/**
 * Indexes whose |M| exceeds the threshold; nothing is flagged among fewer than
 * five values. `scale: 'log'` is for counts: communes differ in size by
 * multiples (a ward handles 3× a rural commune's dossiers), and a typo is an
 * order of magnitude (15.900 for 1.590), so scores are taken on log(1 + x)
 * and a big commune is not mistaken for a typo.
 */
export function outlierIndexes(values: readonly (number | null)[], threshold = 3.5, scale: 'linear' | 'log' = 'linear'): Set<number> {
  const result = new Set<number>();
  if (values.filter((v) => v !== null && Number.isFinite(v)).length < MIN_VALUES) return result;
  const scaled = scale === 'log' ? values.map((v) => (v !== null && v >= 0 ? Math.log1p(v) : null)) : values;
  modifiedZScores(scaled).forEach((m, i) => {
    if (m !== null && Math.abs(m) > threshold) result.add(i);
  });
  return result;
}
