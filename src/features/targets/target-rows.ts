// Which indicators the targets page lists, and how a typed target is read.
import { AREAS, betterOf, indicatorsOfArea, isDerivedCode } from '../../domain/catalog';
import { DEFAULT_TARGETS, type DefaultTarget, type Target } from '../../domain/targets';
import type { IndicatorCode } from '../../domain/types';

export interface TargetRow {
  readonly indicator: IndicatorCode;
  /** The target in force: the user's, else the default; null when the indicator has none. */
  readonly current: (Target & { readonly isDefault: boolean }) | null;
  readonly fallback: DefaultTarget | null;
}

const DEFAULT_BY_CODE: ReadonlyMap<IndicatorCode, DefaultTarget> = new Map(DEFAULT_TARGETS.map((t) => [t.indicator, t]));

export function defaultTargetOf(code: IndicatorCode): DefaultTarget | null {
  return DEFAULT_BY_CODE.get(code) ?? null;
}

/**
 * Every indicator with a default or a stored target, plus every derived
 * indicator (any of them may be given one), by area in catalog order.
 */
export function targetRows(targets: ReadonlyMap<IndicatorCode, Target & { readonly isDefault: boolean }>): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const area of AREAS) {
    for (const code of indicatorsOfArea(area)) {
      const current = targets.get(code) ?? null;
      const fallback = defaultTargetOf(code);
      if (current || fallback || isDerivedCode(code)) rows.push({ indicator: code, current, fallback });
    }
  }
  return rows;
}

/** A starting point for an indicator without a target: the direction its ranking uses. */
export function proposedTarget(code: IndicatorCode): Target {
  return betterOf(code) === 'lower'
    ? { indicator: code, direction: '<=', target: 0, nearFrom: 5 }
    : { indicator: code, direction: '>=', target: 100, nearFrom: 90 };
}

/**
 * A number as an officer types it: "95", "95,5", "95.5", "95 %". A comma is
 * the decimal mark (dots then group thousands, the Vietnamese way); without a
 * comma, a single dot is a decimal point. Anything else is NaN, which
 * validateTarget reports.
 */
export function parseTypedNumber(text: string): number {
  const cleaned = text.replace(/[\s\u00A0%]/g, '');
  if (cleaned === '' || !/^[+-]?[\d.,]+$/.test(cleaned)) return Number.NaN;
  if (cleaned.includes(',')) {
    if ((cleaned.match(/,/g) ?? []).length > 1) return Number.NaN;
    return Number(cleaned.replace(/\./g, '').replace(',', '.'));
  }
  return Number(cleaned);
}
