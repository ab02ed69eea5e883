import { describe, expect, it } from 'vitest';
import {
  areaOf,
  BASE_CODES,
  BASE_INDICATORS,
  baseColumn,
  baseIndicator,
  betterOf,
  DERIVED_INDICATORS,
  derivedIndicator,
  HEADLINE,
  indicatorLabel,
  indicatorsOfArea,
  isBaseCode,
  isDerivedCode,
  isIndicatorCode,
  isPercent,
  RATE_WEIGHTS,
  REPORTED_RATE_OF,
} from './catalog';
import type { BaseCode } from './types';

// code, area, kind, unit of every row of the domain guide's indicators.csv, in file order.
const INDICATORS_CSV: readonly (readonly [string, string, string, string])[] = [
  ['dossiers_received', 'one_window', 'flow', 'dossiers'],
  ['dossiers_carried_over', 'one_window', 'stock', 'dossiers'],
  ['dossiers_resolved', 'one_window', 'flow', 'dossiers'],
  ['dossiers_resolved_on_time', 'one_window', 'flow', 'dossiers'],
  ['dossiers_resolved_early', 'one_window', 'flow', 'dossiers'],
  ['dossiers_resolved_late', 'one_window', 'flow', 'dossiers'],
  ['dossiers_pending', 'one_window', 'stock', 'dossiers'],
  ['dossiers_pending_overdue', 'one_window', 'stock', 'dossiers'],
  ['procedures_total', 'one_window', 'stock', 'procedures'],
  ['feedback_received', 'one_window', 'flow', 'items'],
  ['feedback_resolved', 'one_window', 'flow', 'items'],
  ['satisfaction_surveys', 'one_window', 'flow', 'forms'],
  ['satisfaction_rate', 'one_window', 'rate', 'percent'],
  ['dossiers_received_online', 'online', 'flow', 'dossiers'],
  ['dossiers_digitized', 'online', 'flow', 'dossiers'],
  ['dossiers_paid_online', 'online', 'flow', 'dossiers'],
  ['procedures_online_full', 'online', 'stock', 'procedures'],
  ['procedures_online_partial', 'online', 'stock', 'procedures'],
  ['online_accounts', 'online', 'stock', 'accounts'],
  ['staff_total', 'staff', 'stock', 'people'],
  ['staff_quota', 'staff', 'stock', 'people'],
  ['staff_cadres', 'staff', 'stock', 'people'],
  ['staff_civil_servants', 'staff', 'stock', 'people'],
  ['staff_non_dedicated', 'staff', 'stock', 'people'],
  ['edu_postgraduate', 'staff', 'stock', 'people'],
  ['edu_university', 'staff', 'stock', 'people'],
  ['edu_college', 'staff', 'stock', 'people'],
  ['edu_intermediate', 'staff', 'stock', 'people'],
  ['edu_none', 'staff', 'stock', 'people'],
  ['pol_advanced', 'staff', 'stock', 'people'],
  ['pol_intermediate', 'staff', 'stock', 'people'],
  ['pol_elementary', 'staff', 'stock', 'people'],
  ['pol_none', 'staff', 'stock', 'people'],
  ['staff_meeting_standard', 'staff', 'stock', 'people'],
  ['staff_trained', 'staff', 'flow', 'people'],
  ['staff_disciplined', 'staff', 'flow', 'people'],
  ['plan_tasks_total', 'plan', 'stock', 'tasks'],
  ['plan_tasks_done', 'plan', 'stock', 'tasks'],
  ['plan_completion_reported', 'plan', 'rate', 'percent'],
  ['assigned_tasks_total', 'plan', 'flow', 'tasks'],
  ['assigned_tasks_on_time', 'plan', 'flow', 'tasks'],
  ['assigned_tasks_late', 'plan', 'flow', 'tasks'],
  ['assigned_tasks_overdue', 'plan', 'stock', 'tasks'],
  ['directive_documents', 'plan', 'flow', 'documents'],
  ['plans_issued', 'plan', 'flow', 'documents'],
  ['propaganda_items', 'plan', 'flow', 'items'],
];

// The derived table of the domain guide (README.md): numerator parts ÷ denominator, direction.
const DERIVED_TABLE: readonly (readonly [string, readonly string[], string, string])[] = [
  ['on_time_rate', ['dossiers_resolved_on_time'], 'dossiers_resolved', 'higher'],
  ['late_rate', ['dossiers_resolved_late'], 'dossiers_resolved', 'lower'],
  ['pending_overdue_share', ['dossiers_pending_overdue'], 'dossiers_pending', 'lower'],
  ['online_rate', ['dossiers_received_online'], 'dossiers_received', 'higher'],
  ['online_procedure_share', ['procedures_online_full', 'procedures_online_partial'], 'procedures_total', 'higher'],
  ['digitisation_rate', ['dossiers_digitized'], 'dossiers_received', 'higher'],
  ['degree_share', ['edu_postgraduate', 'edu_university'], 'staff_total', 'higher'],
  ['standard_share', ['staff_meeting_standard'], 'staff_total', 'higher'],
  ['political_theory_share', ['pol_advanced', 'pol_intermediate'], 'staff_total', 'higher'],
  ['staffing_fill', ['staff_total'], 'staff_quota', 'closer_to_100'],
  ['plan_completion_rate', ['plan_tasks_done'], 'plan_tasks_total', 'higher'],
  ['assigned_on_time_rate', ['assigned_tasks_on_time'], 'assigned_tasks_total', 'higher'],
  ['feedback_resolution_rate', ['feedback_resolved'], 'feedback_received', 'higher'],
];

describe('base indicators', () => {
  it('transcribe indicators.csv: every code, area, kind and unit, in order', () => {
    expect(BASE_INDICATORS.map((b) => [b.code, b.area, b.kind, b.unit])).toEqual(INDICATORS_CSV);
    expect([...BASE_CODES]).toEqual(INDICATORS_CSV.map(([code]) => code));
  });

  it('give each a Vietnamese and an English label and lower-case aliases', () => {
    for (const b of BASE_INDICATORS) {
      expect(b.labelVi.length).toBeGreaterThan(0);
      expect(b.labelEn.length).toBeGreaterThan(0);
      for (const alias of b.aliasesVi) expect(alias).toBe(alias.toLowerCase().trim());
    }
    expect(indicatorLabel('dossiers_resolved', 'vi')).toBe('Tổng số hồ sơ TTHC đã giải quyết xong');
    expect(indicatorLabel('dossiers_resolved', 'en')).toBe('Dossiers resolved');
  });

  it('keep the stored column of each indicator at its catalog position', () => {
    BASE_CODES.forEach((code, i) => expect(baseColumn(code)).toBe(i));
    expect(() => baseColumn('nope' as BaseCode)).toThrow();
    expect(() => baseIndicator('nope' as BaseCode)).toThrow();
  });
});

describe('derived indicators', () => {
  it('follow the formulas and directions of the domain guide', () => {
    const actual = DERIVED_INDICATORS.map((d) => [d.code, d.numerator, d.denominator, d.better]);
    expect(new Set(actual.map((row) => JSON.stringify(row)))).toEqual(new Set(DERIVED_TABLE.map((row) => JSON.stringify(row))));
    expect(actual).toHaveLength(DERIVED_TABLE.length);
  });

  it('are built from base indicators only, in the area of their numerator', () => {
    for (const d of DERIVED_INDICATORS) {
      for (const part of [...d.numerator, d.denominator]) expect(isBaseCode(part)).toBe(true);
      expect(derivedIndicator(d.code)).toBe(d);
      expect(areaOf(d.code)).toBe(d.area);
    }
  });
});

describe('lookups', () => {
  it.each([
    ['on_time_rate', true, false, true, true],
    ['satisfaction_rate', true, true, false, true],
    ['plan_completion_reported', true, true, false, true],
    ['dossiers_resolved', true, true, false, false],
    ['staff_total', true, true, false, false],
    ['2022-H1', false, false, false, null],
    ['', false, false, false, null],
  ] as const)('classifies %j (indicator %s, base %s, derived %s, percent %s)', (code, indicator, base, derived, percent) => {
    expect(isIndicatorCode(code)).toBe(indicator);
    expect(isBaseCode(code)).toBe(base);
    expect(isDerivedCode(code)).toBe(derived);
    if (percent !== null && isIndicatorCode(code)) expect(isPercent(code)).toBe(percent);
  });

  it.each([
    ['on_time_rate', 'higher'],
    ['late_rate', 'lower'],
    ['pending_overdue_share', 'lower'],
    ['staffing_fill', 'closer_to_100'],
    ['dossiers_resolved', 'higher'],
    ['dossiers_resolved_late', 'lower'],
    ['staff_disciplined', 'lower'],
    ['assigned_tasks_overdue', 'lower'],
  ] as const)('ranks %s %s-is-better', (code, better) => {
    expect(betterOf(code)).toBe(better);
  });

  it('weights a reported rate by a count and checks a reported rate against a derived one', () => {
    for (const [rate, weight] of Object.entries(RATE_WEIGHTS)) {
      expect(baseIndicator(rate as BaseCode).kind).toBe('rate');
      expect(baseIndicator(weight).unit).not.toBe('percent');
    }
    expect(REPORTED_RATE_OF).toEqual({ plan_completion_rate: 'plan_completion_reported' });
  });

  it('lists each area with its derived indicators first and its headline among them', () => {
    for (const [area, headline] of Object.entries(HEADLINE)) {
      const codes = indicatorsOfArea(area as keyof typeof HEADLINE);
      const firstBase = codes.findIndex((c) => isBaseCode(c));
      expect(codes.slice(firstBase).every((c) => isBaseCode(c))).toBe(true);
      for (const code of headline) expect(codes).toContain(code);
      for (const code of codes) expect(areaOf(code)).toBe(area);
    }
    expect(indicatorsOfArea('one_window').length + indicatorsOfArea('online').length + indicatorsOfArea('staff').length + indicatorsOfArea('plan').length).toBe(
      BASE_INDICATORS.length + DERIVED_INDICATORS.length,
    );
  });
});
