// A figure for a set of communes (district, province, cluster). Counts add up;
// ratios are Σ numerator ÷ Σ denominator over communes that have every part,
// never the mean of the communes' ratios (domain guide); reported rates are
// weighted by their related count where every commune gives it.
import { baseIndicator, isBaseCode, RATE_WEIGHTS } from './catalog';
import type { Dataset } from './dataset';
import { baseValue, indicatorValue, indicatorValuesOf } from './values';
import type { BaseCode, IndicatorCode, PeriodCode } from './types';

export interface Aggregate {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Communes whose figures were used, out of `total` asked for. */
  readonly covered: number;
  readonly total: number;
  readonly method: 'sum' | 'ratio_of_sums' | 'weighted_mean' | 'plain_mean';
  readonly lowerBound: boolean;
}

export function aggregate(dataset: Dataset, communeIds: readonly string[], period: PeriodCode, code: IndicatorCode): Aggregate {
  const total = communeIds.length;
  if (!isBaseCode(code)) return ratioOfSums(dataset, communeIds, period, code, total);
  if (baseIndicator(code).kind === 'rate') return meanOfRate(dataset, communeIds, period, code, total);

  let sum = 0;
  let covered = 0;
  let lowerBound = false;
  for (const id of communeIds) {
    const r = baseValue(dataset, id, period, code);
    if (r.status !== 'value') continue;
    sum += r.value;
    covered += 1;
    lowerBound ||= r.lowerBound;
  }
  return { value: covered > 0 ? sum : null, numerator: null, denominator: null, covered, total, method: 'sum', lowerBound };
}

function ratioOfSums(dataset: Dataset, communeIds: readonly string[], period: PeriodCode, code: IndicatorCode, total: number): Aggregate {
  let numerator = 0;
  let denominator = 0;
  let covered = 0;
  let lowerBound = false;
  const known = indicatorValuesOf(dataset, period, code);
  for (const id of communeIds) {
    const r = known.get(id) ?? indicatorValue(dataset, id, period, code);
    if (r.numerator === null || r.denominator === null) continue;
    numerator += r.numerator;
    denominator += r.denominator;
    covered += 1;
    lowerBound ||= r.lowerBound;
  }
  if (covered === 0) return { value: null, numerator: null, denominator: null, covered, total, method: 'ratio_of_sums', lowerBound };
  return {
    value: denominator === 0 ? null : (numerator / denominator) * 100,
    numerator,
    denominator,
    covered,
    total,
    method: 'ratio_of_sums',
    lowerBound,
  };
}

function meanOfRate(dataset: Dataset, communeIds: readonly string[], period: PeriodCode, code: BaseCode, total: number): Aggregate {
  const weightCode = RATE_WEIGHTS[code];
  const rows: { rate: number; weight: number | null }[] = [];
  let lowerBound = false;
  for (const id of communeIds) {
    const r = baseValue(dataset, id, period, code);
    if (r.status !== 'value') continue;
    lowerBound ||= r.lowerBound;
    const w = weightCode ? baseValue(dataset, id, period, weightCode) : null;
    rows.push({ rate: r.value, weight: w && w.status === 'value' ? w.value : null });
  }
  const covered = rows.length;
  const weights = rows.map((row) => row.weight);
  const weightTotal = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const weighted = weightCode !== undefined && covered > 0 && weights.every((w) => w !== null && w >= 0) && weightTotal > 0;
  if (covered === 0) {
    return { value: null, numerator: null, denominator: null, covered, total, method: weightCode ? 'weighted_mean' : 'plain_mean', lowerBound };
  }
  const value = weighted
    ? rows.reduce((sum, row) => sum + row.rate * (row.weight ?? 0), 0) / weightTotal
    : rows.reduce((sum, row) => sum + row.rate, 0) / covered;
  return { value, numerator: null, denominator: null, covered, total, method: weighted ? 'weighted_mean' : 'plain_mean', lowerBound };
}
