// Axis and tooltip numbers of charts, the Vietnamese way.
import { isPercent } from '../domain/catalog';
import { formatCount, formatDecimal, formatIndicatorValue, type Lang } from '../domain/format';
import type { IndicatorCode } from '../domain/types';

/** Short axis tick: "95 %" / "1.590". */
export function axisTick(code: IndicatorCode, lang: Lang): (value: number) => string {
  return (value) => (isPercent(code) ? `${formatDecimal(value, lang)}${lang === 'vi' ? '\u00A0%' : '%'}` : formatCount(value, lang));
}

/** Tooltip value as in tables; recharts hands over unknown values. */
export function tooltipValue(code: IndicatorCode, lang: Lang): (value: unknown) => string {
  return (value) => formatIndicatorValue(code, typeof value === 'number' ? value : null, false, lang);
}

/** Colours with enough contrast on white, distinguishable in greyscale order. */
export const SERIES_COLOURS = ['#1d4ed8', '#b45309', '#047857', '#9d174d', '#4b5563', '#7c3aed', '#0e7490'] as const;
