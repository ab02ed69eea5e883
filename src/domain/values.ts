// Resolving what one commune's figure is in one period, including quarters
// derived from year-to-date reports (domain guide: flows are differenced or
// added, stocks take the report ending the same month, rates never move
// across periods). Derived indicators are Σ parts ÷ denominator, never means.
import { baseColumn, baseIndicator, derivedIndicator, indicatorLabel, isBaseCode } from './catalog';
import { perDataset, type Dataset } from './dataset';
import { COLUMNS, rowOf } from './period-table';
import { formatCount } from './format';
import {
  comparePeriods,
  isQuarter,
  makePeriod,
  periodInfo,
  periodLabel,
  quarterDifference,
  quarterEndingWith,
  yearToDateEndingWith,
  type PeriodPart,
} from './periods';
import { FLAG_LOWER_BOUND, type BaseCode, type IndicatorCode, type PeriodCode } from './types';

export type Resolved =
  | {
      readonly status: 'value';
      readonly value: number;
      readonly lowerBound: boolean;
      readonly source: 'reported' | 'derived';
      readonly from: readonly PeriodCode[];
    }
  | { readonly status: 'missing' }
  | {
      readonly status: 'cannot_derive';
      readonly reason: string;
      readonly reasonEn: string;
      readonly missingPeriods: readonly PeriodCode[];
    };

type ValueResolved = Extract<Resolved, { status: 'value' }>;
type CannotDerive = Extract<Resolved, { status: 'cannot_derive' }>;

const MISSING: Resolved = { status: 'missing' };

interface Reading {
  readonly value: number;
  readonly lowerBound: boolean;
}

/** The value as reported in that period's table, or null (NaN in the table means not reported). */
function reported(dataset: Dataset, communeId: string, period: PeriodCode, code: BaseCode): Reading | null {
  const table = dataset.tables.get(period);
  if (!table) return null;
  const row = rowOf(table, communeId);
  if (row === undefined) return null;
  const index = row * COLUMNS + baseColumn(code);
  const value = table.values[index];
  if (value === undefined || Number.isNaN(value)) return null;
  return { value, lowerBound: ((table.flags[index] ?? 0) & FLAG_LOWER_BOUND) !== 0 };
}

function listPeriods(periods: readonly PeriodCode[], lang: 'vi' | 'en'): string {
  return periods.map((p) => periodLabel(p, lang)).join(', ');
}

function missingReports(missing: readonly PeriodCode[]): CannotDerive {
  return {
    status: 'cannot_derive',
    reason: `Không thể suy ra: thiếu số liệu kỳ ${listPeriods(missing, 'vi')}`,
    reasonEn: `Cannot derive: no report for ${listPeriods(missing, 'en')}`,
    missingPeriods: missing,
  };
}

const RATE_ACROSS_PERIODS: CannotDerive = {
  status: 'cannot_derive',
  reason: 'Không thể suy ra tỷ lệ từ số lũy kế',
  reasonEn: 'A rate cannot be derived from year-to-date figures',
  missingPeriods: [],
};

const QUARTER_PART: readonly PeriodPart[] = ['Q1', 'Q2', 'Q3', 'Q4'];
const YTD_PART: readonly PeriodPart[] = ['Q1', 'H1', '9M', 'Y'];

/** 1..4: the quarter a period ends with. */
function quarterIndex(period: PeriodCode): number {
  return periodInfo(period).endMonth / 3;
}

/**
 * Ways to add up a year-to-date flow ending with quarter n: an earlier
 * year-to-date report plus the quarters after it, the latest first
 * (9M = H1 + Q3, then Q1 + Q2 + Q3).
 */
function yearToDateRoutes(year: number, n: number): PeriodCode[][] {
  const routes: PeriodCode[][] = [];
  for (let k = n - 1; k >= 1; k -= 1) {
    const route = [makePeriod(year, YTD_PART[k - 1] ?? 'Q1')];
    for (let q = k + 1; q <= n; q += 1) route.push(makePeriod(year, QUARTER_PART[q - 1] ?? 'Q1'));
    routes.push(route);
  }
  return routes;
}

function combine(parts: readonly Reading[], value: number, from: readonly PeriodCode[]): ValueResolved {
  return { status: 'value', value, lowerBound: parts.some((p) => p.lowerBound), source: 'derived', from };
}

function deriveYearToDateFlow(dataset: Dataset, communeId: string, period: PeriodCode, code: BaseCode): Resolved {
  const { year } = periodInfo(period);
  const routes = yearToDateRoutes(year, quarterIndex(period));
  let best: PeriodCode[] | null = null;
  let anyReported = false;
  for (const route of routes) {
    const readings = route.map((p) => reported(dataset, communeId, p, code));
    const present = readings.filter((r): r is Reading => r !== null);
    if (present.length === route.length) {
      return combine(present, present.reduce((sum, r) => sum + r.value, 0), route);
    }
    if (present.length > 0) anyReported = true;
    const missing = route.filter((_, i) => readings[i] === null);
    if (best === null || missing.length < best.length) best = missing;
  }
  return anyReported && best ? missingReports(best) : MISSING;
}

function deriveQuarterFlow(dataset: Dataset, communeId: string, period: PeriodCode, code: BaseCode): Resolved {
  const difference = quarterDifference(period);
  if (!difference) return MISSING;
  const { minuend, subtrahend } = difference;
  const upper = reported(dataset, communeId, minuend, code);
  const lower = reported(dataset, communeId, subtrahend, code);
  if (upper && lower) {
    const value = upper.value - lower.value;
    if (value < 0) {
      return {
        status: 'cannot_derive',
        reason: `Không thể suy ra: số lũy kế ${periodLabel(minuend)} (${formatCount(upper.value)}) nhỏ hơn ${periodLabel(subtrahend)} (${formatCount(lower.value)})`,
        reasonEn: `Cannot derive: the year-to-date figure of ${periodLabel(minuend, 'en')} (${formatCount(upper.value, 'en')}) is less than ${periodLabel(subtrahend, 'en')} (${formatCount(lower.value, 'en')})`,
        missingPeriods: [],
      };
    }
    return combine([upper, lower], value, [minuend, subtrahend]);
  }
  if (!upper && !lower) return MISSING;
  return missingReports(upper ? [subtrahend] : [minuend]);
}

function fromSameMonth(dataset: Dataset, communeId: string, source: PeriodCode, code: BaseCode): Resolved {
  const reading = reported(dataset, communeId, source, code);
  return reading ? combine([reading], reading.value, [source]) : MISSING;
}

/**
 * One base value of one commune in one period: as reported, else derived
 * (flows: Q2 = H1 − Q1, H1 = Q1 + Q2; stocks: the report ending the same
 * month; rates: never). 'missing' when none of the reports needed exist,
 * 'cannot_derive' (with the periods lacking) when only some do.
 */
export function baseValue(dataset: Dataset, communeId: string, period: PeriodCode, code: BaseCode): Resolved {
  const direct = reported(dataset, communeId, period, code);
  if (direct) return { status: 'value', value: direct.value, lowerBound: direct.lowerBound, source: 'reported', from: [period] };

  const { part } = periodInfo(period);
  if (part === 'Q1') return MISSING; // Q1 is its own year-to-date report: nothing to derive it from
  const kind = baseIndicator(code).kind;
  const discrete = isQuarter(period);
  switch (kind) {
    case 'stock':
      return fromSameMonth(dataset, communeId, discrete ? yearToDateEndingWith(period) : quarterEndingWith(period), code);
    case 'flow':
      return discrete ? deriveQuarterFlow(dataset, communeId, period, code) : deriveYearToDateFlow(dataset, communeId, period, code);
    case 'rate': {
      // A rate over H1 says nothing about Q2 alone, nor do quarterly rates add up to H1.
      const related = discrete ? Object.values(quarterDifference(period) ?? {}) : yearToDateRoutes(periodInfo(period).year, quarterIndex(period)).flat();
      return related.some((p) => reported(dataset, communeId, p, code)) ? RATE_ACROSS_PERIODS : MISSING;
    }
  }
}

export interface IndicatorResult {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly lowerBound: boolean;
  readonly source: 'reported' | 'derived' | null;
  /** Vietnamese reason when value is null and not plainly missing (cannot derive, denominator 0). */
  readonly note: string | null;
}

const NOTHING: IndicatorResult = { value: null, numerator: null, denominator: null, lowerBound: false, source: null, note: null };

/**
 * A commune's figure for any indicator. Base: the value as resolved. Derived:
 * Σ numerator parts ÷ denominator × 100; any missing part makes it missing,
 * a zero denominator makes it null with a note.
 */
export function indicatorValue(dataset: Dataset, communeId: string, period: PeriodCode, code: IndicatorCode): IndicatorResult {
  if (isBaseCode(code)) {
    const r = baseValue(dataset, communeId, period, code);
    if (r.status === 'value') return { value: r.value, numerator: null, denominator: null, lowerBound: r.lowerBound, source: r.source, note: null };
    return r.status === 'cannot_derive' ? { ...NOTHING, note: r.reason } : NOTHING;
  }
  const def = derivedIndicator(code);
  const numeratorParts = def.numerator.map((part) => baseValue(dataset, communeId, period, part));
  const denominatorPart = baseValue(dataset, communeId, period, def.denominator);
  const all = [...numeratorParts, denominatorPart];
  const values = all.filter((r): r is ValueResolved => r.status === 'value');
  const numerator = numeratorParts.every((r) => r.status === 'value')
    ? numeratorParts.reduce((sum, r) => sum + (r.status === 'value' ? r.value : 0), 0)
    : null;
  const denominator = denominatorPart.status === 'value' ? denominatorPart.value : null;
  const lowerBound = values.some((r) => r.lowerBound);
  const source = values.length === 0 ? null : values.some((r) => r.source === 'derived') ? 'derived' : 'reported';
  const blocked = all.find((r): r is CannotDerive => r.status === 'cannot_derive');
  if (numerator === null || denominator === null) {
    return { value: null, numerator, denominator, lowerBound, source, note: blocked ? blocked.reason : null };
  }
  if (denominator === 0) {
    return {
      value: null,
      numerator,
      denominator,
      lowerBound,
      source,
      note: `Không tính được tỷ lệ: ${indicatorLabel(def.denominator, 'vi')} bằng 0`,
    };
  }
  return { value: (numerator / denominator) * 100, numerator, denominator, lowerBound, source, note: null };
}

// A league table, the unit's aggregate and the trend all ask for every
// commune's figure of one period and indicator: each is computed once per dataset.
const periodResults = perDataset<ReadonlyMap<string, IndicatorResult>>();

/** Every commune's indicatorValue for one period and indicator, by commune id. */
export function indicatorValuesOf(dataset: Dataset, period: PeriodCode, code: IndicatorCode): ReadonlyMap<string, IndicatorResult> {
  return periodResults(dataset, `${period}|${code}`, () => new Map(dataset.communes.map((c) => [c.id, indicatorValue(dataset, c.id, period, code)])));
}

export interface AvailablePeriod {
  readonly period: PeriodCode;
  readonly source: 'reported' | 'derived';
  readonly from: readonly PeriodCode[];
}

/**
 * Periods a picker can offer: every reported one, plus each discrete quarter
 * some commune can derive because it reported both year-to-date reports
 * around it (Q2 from H1 and Q1).
 */
export function availablePeriods(dataset: Dataset): AvailablePeriod[] {
  const result: AvailablePeriod[] = [...dataset.tables.keys()].map((period) => ({ period, source: 'reported', from: [period] }));
  const years = new Set([...dataset.tables.keys()].map((p) => periodInfo(p).year));
  for (const year of years) {
    for (const part of ['Q2', 'Q3', 'Q4'] as const) {
      const quarter = makePeriod(year, part);
      if (dataset.tables.has(quarter)) continue;
      const difference = quarterDifference(quarter);
      if (!difference) continue;
      const upper = dataset.tables.get(difference.minuend);
      const lower = dataset.tables.get(difference.subtrahend);
      if (!upper || !lower) continue;
      if (upper.communeIds.some((id) => rowOf(lower, id) !== undefined)) {
        result.push({ period: quarter, source: 'derived', from: [difference.minuend, difference.subtrahend] });
      }
    }
  }
  return result.sort((a, b) => comparePeriods(a.period, b.period));
}
