// Figures over periods for trend charts. A quarter and a year-to-date report
// measure different spans (a count over 9 months is not comparable with one
// over Q3, and a cumulative completion rate saw-tooths against a quarterly
// one), so each goes on its own line: discrete quarters, and Q1 → H1 → 9M → Y.
import { isQuarter, isYearToDate, periodLabel } from '../domain/periods';
import type { PeriodCode } from '../domain/types';
import type { Lang } from '../domain/format';
import type { TrendPoint } from './TrendChart';

export const TRACK = { quarter: 'quarter', yearToDate: 'ytd' } as const;

/** One point per period: under `prefix + 'quarter'` (discrete quarters) and/or `prefix + 'ytd'` (H1, 9M, Y — Q1 is both). */
export function trackValues(period: PeriodCode, value: number | null, prefix = ''): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  if (isQuarter(period)) out[`${prefix}${TRACK.quarter}`] = value;
  if (isYearToDate(period)) out[`${prefix}${TRACK.yearToDate}`] = value;
  return out;
}

/** Points over `periods` from per-series value functions, merged by period. */
export function trendPoints(
  periods: readonly PeriodCode[],
  lang: Lang,
  series: readonly { readonly prefix: string; readonly valueAt: (period: PeriodCode) => number | null }[],
): TrendPoint[] {
  return periods.map((period) => ({
    label: periodLabel(period, lang),
    values: Object.assign({}, ...series.map((s) => trackValues(period, s.valueAt(period), s.prefix))) as Record<string, number | null>,
  }));
}
