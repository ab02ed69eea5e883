// The rows of a league table, computed once per (dataset, period, indicator,
// comparison) with useMemo in the page. Linear in the communes: 3,300 rows
// must switch period or indicator in well under 100 ms.
import { betterOf, derivedIndicator, indicatorLabel, isBaseCode, isPercent, REPORTED_RATE_OF } from '../domain/catalog';
import { checkReport, type CheckWarning } from '../domain/checks';
import { perDataset, type Dataset } from '../domain/dataset';
import { rowOf } from '../domain/period-table';
import { formatCount, formatIndicatorValue, roundForDisplay } from '../domain/format';
import { medianOfSorted, outlierIndexes } from '../domain/outliers';
import { comparePeriods, isQuarter, quarterDifference, quarterEndingWith, yearToDateEndingWith } from '../domain/periods';
import { rankRows, vietnameseNameOrder, type RankedRow } from '../domain/ranking';
import { evaluateTarget, type Status, type Target } from '../domain/targets';
import type { BaseCode, Commune, DerivedCode, IndicatorCode, PeriodCode } from '../domain/types';
import { baseValue, indicatorValue, indicatorValuesOf, type IndicatorResult } from '../domain/values';

export interface RowWarning {
  readonly kind: string;
  readonly message: string;
  readonly messageEn: string;
}

export interface LeagueRow {
  readonly communeId: string;
  readonly communeCode: string | null;
  readonly name: string;
  /** The figure (per cent for rates), full precision; null when missing. */
  readonly value: number | null;
  readonly lowerBound: boolean;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Why the value is missing when it is not plainly unreported (cannot derive, denominator 0). */
  readonly note: string | null;
  readonly rank: number | null;
  readonly previousValue: number | null;
  readonly previousRank: number | null;
  readonly previousNote: string | null;
  /** Current − previous (percentage points for rates). */
  readonly change: number | null;
  /** The change signed so that positive is better (lower-is-better indicators flip it). */
  readonly improvement: number | null;
  /** Places moved: positive is up the table. */
  readonly rankChange: number | null;
  readonly status: Status | null;
  readonly warnings: readonly RowWarning[];
}

export interface LeagueInput {
  readonly dataset: Dataset;
  readonly period: PeriodCode;
  readonly previousPeriod: PeriodCode | null;
  readonly code: IndicatorCode;
  readonly target: Target | undefined;
}

/** The tables a period's figures come from: its own, or those a derived quarter or year-to-date is built from. */
function sourceTables(dataset: Dataset, period: PeriodCode) {
  const own = dataset.tables.get(period);
  if (own) return [own];
  const related: PeriodCode[] = [];
  if (isQuarter(period)) {
    const diff = quarterDifference(period);
    if (diff) related.push(diff.minuend, diff.subtrahend);
    related.push(yearToDateEndingWith(period));
  } else {
    related.push(quarterEndingWith(period));
  }
  return related.flatMap((p) => {
    const table = dataset.tables.get(p);
    return table ? [table] : [];
  });
}

/**
 * Communes that sent something for the period (or for the reports it is
 * derived from): they get a row, "—" where a figure is missing. The others
 * are listed as not reported.
 */
export function reportingCommunes(dataset: Dataset, period: PeriodCode): Commune[] {
  const ids = new Set<string>();
  for (const table of sourceTables(dataset, period)) for (const id of table.communeIds) ids.add(id);
  return dataset.communes.filter((c) => ids.has(c.id));
}

/** Communes of the dataset without any report behind the period. */
export function missingCommunes(dataset: Dataset, period: PeriodCode): Commune[] {
  const reporting = new Set(reportingCommunes(dataset, period).map((c) => c.id));
  return dataset.communes.filter((c) => !reporting.has(c.id));
}

// Data checks depend on the commune-period only, not on the indicator shown:
// cached so switching indicator does not re-check 3,300 reports.
const checkCache = perDataset<readonly CheckWarning[]>();

function checksOf(dataset: Dataset, period: PeriodCode, communeId: string): readonly CheckWarning[] {
  return checkCache(dataset, `${period}|${communeId}`, () => {
    // The rules ask for the same totals many times: resolve each indicator once.
    const resolved = new Map<BaseCode, number | null>();
    return checkReport((code) => {
      let value = resolved.get(code);
      if (value === undefined) {
        const r = baseValue(dataset, communeId, period, code);
        value = r.status === 'value' ? r.value : null;
        resolved.set(code, value);
      }
      return value;
    });
  });
}

/** Base indicators a figure is made of, and the reported rate it should agree with. */
export function partsOf(code: IndicatorCode): BaseCode[] {
  if (isBaseCode(code)) return [code];
  const def = derivedIndicator(code);
  const reportedRate = REPORTED_RATE_OF[code as DerivedCode];
  return [...def.numerator, def.denominator, ...(reportedRate ? [reportedRate] : [])];
}

function median(values: readonly number[]): number {
  return medianOfSorted([...values].sort((a, b) => a - b));
}

interface Series {
  readonly code: IndicatorCode;
  readonly values: readonly (number | null)[];
  /** Counts vary by commune size in multiples; rates do not (see outlierIndexes). */
  readonly scale: 'linear' | 'log';
  /** Text after the value, e.g. the parts of a rate: " (1.589 / 15.900)". */
  readonly detail: (index: number, lang: 'vi' | 'en') => string;
}

/**
 * Figures far from the other communes' (modified z-score): the figure shown,
 * and each count it is made of. One typo such as 15.900 among ~1.590s makes
 * the commune's rate stand out even in a small district, where the counts of
 * communes of different sizes alone may not.
 */
function outlierWarnings(dataset: Dataset, period: PeriodCode, rows: readonly LeagueRow[], code: IndicatorCode): Map<string, RowWarning[]> {
  const result = new Map<string, RowWarning[]>();
  const series: Series[] = [];
  if (!isBaseCode(code)) {
    series.push({
      code,
      values: rows.map((r) => r.value),
      scale: 'linear',
      detail: (index, lang) => {
        const row = rows[index];
        const parts = row ? partsText(row, lang) : null;
        return parts ? ` (${parts})` : '';
      },
    });
  }
  for (const part of isBaseCode(code) ? [code] : [...derivedIndicator(code).numerator, derivedIndicator(code).denominator]) {
    series.push({
      code: part,
      values: rows.map((row) => {
        const r = baseValue(dataset, row.communeId, period, part);
        return r.status === 'value' ? r.value : null;
      }),
      scale: isPercent(part) ? 'linear' : 'log',
      detail: () => '',
    });
  }
  for (const { code: shownCode, values, scale, detail } of series) {
    const flagged = outlierIndexes(values, 3.5, scale);
    if (flagged.size === 0) continue;
    const typical = median(values.filter((v): v is number => v !== null));
    const shown = (v: number | null, lang: 'vi' | 'en') => formatIndicatorValue(shownCode, v, false, lang);
    for (const index of flagged) {
      const row = rows[index];
      const value = values[index] ?? null;
      if (!row) continue;
      const list = result.get(row.communeId) ?? [];
      list.push({
        kind: 'outlier',
        message: `${indicatorLabel(shownCode, 'vi')} = ${shown(value, 'vi')}${detail(index, 'vi')} khác xa các xã khác (trung vị ${shown(typical, 'vi')}); kiểm tra lỗi nhập liệu.`,
        messageEn: `${indicatorLabel(shownCode, 'en')} = ${shown(value, 'en')}${detail(index, 'en')} is far from other communes (median ${shown(typical, 'en')}); check for a typo.`,
      });
      result.set(row.communeId, list);
    }
  }
  return result;
}

function improvementOf(code: IndicatorCode, current: number, previous: number): number {
  switch (betterOf(code)) {
    case 'higher':
      return current - previous;
    case 'lower':
      return previous - current;
    case 'closer_to_100':
      return Math.abs(previous - 100) - Math.abs(current - 100);
  }
}

type Ranked = RankedRow<{ readonly commune: Commune; readonly result: IndicatorResult }>;

const nameOrders = perDataset<ReadonlyMap<string, number>>();

/** Position of each commune id in Vietnamese name order, once per dataset. */
function nameOrderOf(dataset: Dataset): ReadonlyMap<string, number> {
  return nameOrders(dataset, '', () => vietnameseNameOrder(dataset.communes, (c) => c.id, (c) => c.name));
}

// A period's ranking is needed again as the comparison of the next one (Q2
// after Q1): kept per stored dataset so stepping through periods computes each once.
const rankCache = perDataset<readonly Ranked[]>();

function ranksOf(dataset: Dataset, period: PeriodCode, code: IndicatorCode): readonly Ranked[] {
  return rankCache(dataset, `${period}|${code}`, () => rank(dataset, period, code));
}

function rank(dataset: Dataset, period: PeriodCode, code: IndicatorCode): readonly Ranked[] {
  const communes = reportingCommunes(dataset, period);
  const known = indicatorValuesOf(dataset, period, code);
  const results = communes.map((c) => ({ commune: c, result: known.get(c.id) ?? indicatorValue(dataset, c.id, period, code) }));
  const tieKey = (v: number) => roundForDisplay(code, v);
  const order = nameOrderOf(dataset);
  const byName = (a: { commune: Commune }, b: { commune: Commune }) => (order.get(a.commune.id) ?? 0) - (order.get(b.commune.id) ?? 0);
  return rankRows(results, (r) => r.result.value, betterOf(code), tieKey, byName);
}

/**
 * Ranks one more indicator, ahead of need: the figures and ranking of
 * `code` in `period` and in the comparison period, as buildLeagueRows will
 * ask for them. Cached like any ranking, so switching to it later costs
 * only the rows and the render.
 */
export function prepareRanking(dataset: Dataset, period: PeriodCode, previousPeriod: PeriodCode | null, code: IndicatorCode): void {
  ranksOf(dataset, period, code);
  if (previousPeriod !== null) ranksOf(dataset, previousPeriod, code);
}

/**
 * Every reporting commune's row for one indicator and period, ranked best
 * first (ties by the value as displayed share a rank; missing last), with —
 * unless `checks: false` — its warnings (see `withCheckWarnings`).
 */
export function buildLeagueRows(input: LeagueInput, options: { readonly checks?: boolean } = {}): LeagueRow[] {
  const { dataset, period, previousPeriod, code, target } = input;
  const current = ranksOf(dataset, period, code);
  const previous = new Map<string, { value: number | null; rank: number | null; note: string | null }>();
  if (previousPeriod !== null) {
    for (const row of ranksOf(dataset, previousPeriod, code)) {
      previous.set(row.item.commune.id, { value: row.item.result.value, rank: row.rank, note: row.item.result.note });
    }
  }
  const rows = current.map(({ item, rank }): LeagueRow => {
    const { commune, result } = item;
    const before = previous.get(commune.id);
    const previousValue = before?.value ?? null;
    const change = result.value !== null && previousValue !== null ? result.value - previousValue : null;
    const improvement = result.value !== null && previousValue !== null ? improvementOf(code, result.value, previousValue) : null;
    const previousRank = before?.rank ?? null;
    const displayed = result.value === null ? null : roundForDisplay(code, result.value);
    return {
      communeId: commune.id,
      communeCode: commune.code,
      name: commune.name,
      value: result.value,
      lowerBound: result.lowerBound,
      numerator: result.numerator,
      denominator: result.denominator,
      note: result.note,
      rank,
      previousValue,
      previousRank,
      previousNote: before?.note ?? null,
      change,
      improvement,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      status: evaluateTarget(displayed, target),
      warnings: [],
    };
  });
  return options.checks === false ? rows : withCheckWarnings(input, rows);
}

/**
 * Adds the warnings of each row: the data checks (checkReport) that concern
 * the indicator's parts, then outliers among the period's communes. Checks of
 * a period are computed once and cached; the first look at a period is the
 * costly one, so pages add them after the table is shown.
 */
export function withCheckWarnings(input: Pick<LeagueInput, 'dataset' | 'period' | 'code'>, rows: readonly LeagueRow[]): LeagueRow[] {
  const { dataset, period, code } = input;
  const parts = new Set<BaseCode>(partsOf(code));
  const relevant = (w: CheckWarning) => parts.has(w.indicator) || (w.related !== null && parts.has(w.related));
  const outliers = outlierWarnings(dataset, period, rows, code);
  return rows.map((row) => {
    const found = checksOf(dataset, period, row.communeId).filter(relevant);
    const far = outliers.get(row.communeId) ?? [];
    if (found.length === 0 && far.length === 0) return row;
    return { ...row, warnings: [...found.map((w) => ({ kind: w.kind, message: w.message, messageEn: w.messageEn })), ...far, ...row.warnings] };
  });
}

/** League table CSV (public contract): long layout, full precision, rates as per cent numbers, missing empty. */
export const LEAGUE_CSV_HEADER = ['commune_code', 'commune_name', 'period', 'indicator', 'value', 'rank', 'status'] as const;

export function leagueCsvRows(rows: readonly LeagueRow[], period: PeriodCode, code: IndicatorCode): (string | number | null)[][] {
  return [
    [...LEAGUE_CSV_HEADER],
    ...rows.map((r) => [r.communeCode ?? '', r.name, period, code, r.value, r.rank, r.status]),
  ];
}

/** Counts behind their target, for the overview's "N xã chưa đạt". */
export function countByStatus(rows: readonly LeagueRow[]): Record<Status | 'none', number> {
  const counts: Record<Status | 'none', number> = { met: 0, near: 0, behind: 0, no_data: 0, none: 0 };
  for (const row of rows) counts[row.status ?? 'none'] += 1;
  return counts;
}

/** Path of a commune's page: its official code when known, else its id. */
export function communePath(commune: { readonly id: string; readonly code: string | null }): string {
  return `/xa/${encodeURIComponent(commune.code ?? commune.id)}`;
}

/** "1.589 / 1.590" — the parts a rate is computed from. */
export function partsText(row: Pick<LeagueRow, 'numerator' | 'denominator'>, lang: 'vi' | 'en'): string | null {
  if (row.numerator === null && row.denominator === null) return null;
  return `${formatCount(row.numerator, lang)} / ${formatCount(row.denominator, lang)}`;
}


/** Reported periods of every commune, in order (the commune list). */
export function reportedPeriodsByCommune(dataset: Dataset): Map<string, PeriodCode[]> {
  const result = new Map<string, PeriodCode[]>();
  const periods = [...dataset.tables.keys()].sort(comparePeriods);
  for (const period of periods) {
    const table = dataset.tables.get(period);
    if (!table) continue;
    for (const id of table.communeIds) {
      const list = result.get(id);
      if (list) list.push(period);
      else result.set(id, [period]);
    }
  }
  return result;
}

/** Of the available periods, those a commune has a report behind (its own, or those a derived one comes from). */
export function periodsOfCommune(dataset: Dataset, periods: readonly PeriodCode[], communeId: string): PeriodCode[] {
  return periods.filter((period) => sourceTables(dataset, period).some((table) => rowOf(table, communeId) !== undefined));
}
