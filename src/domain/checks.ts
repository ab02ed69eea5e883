// Data checks on one commune's report for one period: figures that contradict
// each other or cannot be counts. Warnings, not errors: the report is kept as
// sent, and the leader sees the disagreement (domain guide, seed 001).
import { BASE_INDICATORS, derivedIndicator, indicatorLabel, REPORTED_RATE_OF } from './catalog';
import { formatCount, formatPercent, type Lang } from './format';
import type { BaseCode, DerivedCode } from './types';

export interface CheckWarning {
  readonly kind: 'part_exceeds_total' | 'reported_rate_mismatch' | 'negative_count' | 'non_integer_count';
  readonly indicator: BaseCode;
  readonly related: BaseCode | null;
  readonly message: string;
  readonly messageEn: string;
}

/** Parts whose sum can never exceed the total. */
interface PartsRule {
  readonly parts: readonly BaseCode[];
  readonly total: BaseCode;
}

const PARTS_RULES: readonly PartsRule[] = [
  { parts: ['dossiers_resolved_on_time'], total: 'dossiers_resolved' },
  { parts: ['dossiers_resolved_late'], total: 'dossiers_resolved' },
  { parts: ['dossiers_resolved_early'], total: 'dossiers_resolved_on_time' },
  { parts: ['dossiers_received_online'], total: 'dossiers_received' },
  { parts: ['dossiers_digitized'], total: 'dossiers_received' },
  { parts: ['dossiers_paid_online'], total: 'dossiers_received' },
  { parts: ['dossiers_pending_overdue'], total: 'dossiers_pending' },
  { parts: ['feedback_resolved'], total: 'feedback_received' },
  { parts: ['plan_tasks_done'], total: 'plan_tasks_total' },
  { parts: ['assigned_tasks_on_time'], total: 'assigned_tasks_total' },
  { parts: ['assigned_tasks_late'], total: 'assigned_tasks_total' },
  { parts: ['staff_meeting_standard'], total: 'staff_total' },
  { parts: ['edu_postgraduate', 'edu_university', 'edu_college', 'edu_intermediate', 'edu_none'], total: 'staff_total' },
  { parts: ['pol_advanced', 'pol_intermediate', 'pol_elementary', 'pol_none'], total: 'staff_total' },
  { parts: ['procedures_online_full', 'procedures_online_partial'], total: 'procedures_total' },
  { parts: ['staff_cadres', 'staff_civil_servants'], total: 'staff_total' },
];

/** A reported rate may differ from what its parts give by rounding, not by more than this (percentage points). */
const RATE_TOLERANCE = 1;

const REPORTED_RATES = Object.entries(REPORTED_RATE_OF) as [DerivedCode, BaseCode][];

const COUNT_CODES: readonly BaseCode[] = BASE_INDICATORS.filter((b) => b.unit !== 'percent').map((b) => b.code);

function named(code: BaseCode, lang: Lang): string {
  return `"${indicatorLabel(code, lang)}"`;
}

function checkParts(valueOf: (code: BaseCode) => number | null, rule: PartsRule): CheckWarning | null {
  const total = valueOf(rule.total);
  if (total === null) return null;
  // Runs for every report of every import (26,400 for a nation file): the
  // common case, parts within their total, allocates nothing.
  let sum = 0;
  let any = false;
  for (const code of rule.parts) {
    const value = valueOf(code);
    if (value !== null) {
      sum += value;
      any = true;
    }
  }
  if (!any || sum <= total) return null;
  const present = rule.parts.flatMap((code) => {
    const value = valueOf(code);
    return value === null ? [] : [{ code, value }];
  });
  const first = present[0];
  if (!first) return null;
  const [partsVi, partsEn] = (['vi', 'en'] as const).map((lang) =>
    present.length === 1
      ? `${named(first.code, lang)} (${formatCount(first.value, lang)})`
      : `${lang === 'vi' ? 'Tổng' : 'The sum of'} ${present.map((p) => named(p.code, lang)).join(' + ')} (${formatCount(sum, lang)})`,
  );
  return {
    kind: 'part_exceeds_total',
    indicator: first.code,
    related: rule.total,
    message: `${partsVi} lớn hơn ${named(rule.total, 'vi')} (${formatCount(total, 'vi')}).`,
    messageEn: `${partsEn} exceeds ${named(rule.total, 'en')} (${formatCount(total, 'en')}).`,
  };
}

function checkReportedRate(valueOf: (code: BaseCode) => number | null, derived: DerivedCode, reportedCode: BaseCode): CheckWarning | null {
  const reported = valueOf(reportedCode);
  const def = derivedIndicator(derived);
  const parts = def.numerator.map(valueOf);
  const denominator = valueOf(def.denominator);
  if (reported === null || denominator === null || denominator === 0 || parts.some((p) => p === null)) return null;
  const numerator = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
  const computed = (numerator / denominator) * 100;
  if (Math.abs(reported - computed) <= RATE_TOLERANCE) return null;
  const ratio = (lang: Lang) =>
    `${def.numerator.map((c) => named(c, lang)).join(' + ')} ÷ ${named(def.denominator, lang)} = ${formatCount(numerator, lang)}/${formatCount(denominator, lang)} = ${formatPercent(computed, lang)}`;
  return {
    kind: 'reported_rate_mismatch',
    indicator: reportedCode,
    related: def.numerator[0] ?? null,
    message: `${named(reportedCode, 'vi')} là ${formatPercent(reported, 'vi')}, nhưng tính từ số liệu thành phần: ${ratio('vi')}.`,
    messageEn: `${named(reportedCode, 'en')} is reported as ${formatPercent(reported, 'en')}, but its parts give ${ratio('en')}.`,
  };
}

/**
 * Contradictions within one report: a part larger than its total, a reported
 * rate more than one point away from its parts (Bình Lãng: 63,6 % reported,
 * 14/33 = 42,4 %), negative or fractional counts.
 */
export function checkReport(valueOf: (code: BaseCode) => number | null): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  for (const rule of PARTS_RULES) {
    const warning = checkParts(valueOf, rule);
    if (warning) warnings.push(warning);
  }
  for (const [derived, reportedCode] of REPORTED_RATES) {
    const warning = checkReportedRate(valueOf, derived, reportedCode);
    if (warning) warnings.push(warning);
  }
  for (const code of COUNT_CODES) {
    const value = valueOf(code);
    if (value === null || !Number.isFinite(value)) continue;
    if (value < 0) {
      warnings.push({
        kind: 'negative_count',
        indicator: code,
        related: null,
        message: `${named(code, 'vi')} là số đếm nên không thể âm (${formatCount(value, 'vi')}).`,
        messageEn: `${named(code, 'en')} is a count and cannot be negative (${formatCount(value, 'en')}).`,
      });
    }
    if (!Number.isInteger(value)) {
      warnings.push({
        kind: 'non_integer_count',
        indicator: code,
        related: null,
        message: `${named(code, 'vi')} là số đếm nên phải là số nguyên (${formatCount(value, 'vi')}).`,
        messageEn: `${named(code, 'en')} is a count and must be a whole number (${formatCount(value, 'en')}).`,
      });
    }
  }
  return warnings;
}
