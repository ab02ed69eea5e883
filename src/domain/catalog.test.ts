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

const KINDS = new Set(['flow', 'stock', 'rate']);
const AREAS = new Set(['one_window', 'online', 'staff', 'plan']);

describe('base indicators', () => {
  it('have unique codes, in the order of the stored columns', () => {
    expect(new Set(BASE_CODES).size).toBe(BASE_CODES.length);
    expect(BASE_INDICATORS.map((b) => b.code)).toEqual([...BASE_CODES]);
    BASE_CODES.forEach((code, i) => expect(baseColumn(code)).toBe(i));
    expect(() => baseColumn('nope' as BaseCode)).toThrow();
    expect(() => baseIndicator('nope' as BaseCode)).toThrow();
  });

  it('each have an area, a kind, a unit, a Vietnamese and an English label; a rate is a percentage and a percentage a rate', () => {
    for (const b of BASE_INDICATORS) {
      expect(AREAS.has(b.area), b.code).toBe(true);
      expect(KINDS.has(b.kind), b.code).toBe(true);
      expect(b.unit.length, b.code).toBeGreaterThan(0);
      expect(b.kind === 'rate', b.code).toBe(b.unit === 'percent');
      expect(b.labelVi.length, b.code).toBeGreaterThan(0);
      expect(b.labelEn.length, b.code).toBeGreaterThan(0);
    }
    expect(indicatorLabel('dossiers_resolved', 'vi')).toBe('Tổng số hồ sơ TTHC đã giải quyết xong');
    expect(indicatorLabel('dossiers_resolved', 'en')).toBe('Dossiers resolved');
  });

  it('have lower-case aliases, none shared by two indicators, none equal to another indicator\'s label', () => {
    const owner = new Map<string, string>();
    for (const b of BASE_INDICATORS) {
      for (const alias of b.aliasesVi) {
        expect(alias).toBe(alias.toLowerCase().trim());
        expect(owner.get(alias) ?? b.code, `"${alias}"`).toBe(b.code);
        owner.set(alias, b.code);
      }
    }
    for (const b of BASE_INDICATORS) expect(owner.get(b.labelVi.toLowerCase()) ?? b.code, b.labelVi).toBe(b.code);
  });
});

describe('derived indicators', () => {
  it('have unique codes apart from the base ones, each made of base counts (never of a rate)', () => {
    const codes = DERIVED_INDICATORS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of DERIVED_INDICATORS) {
      expect(isBaseCode(d.code)).toBe(false);
      for (const part of [...d.numerator, d.denominator]) {
        expect(isBaseCode(part), `${d.code}: ${part}`).toBe(true);
        expect(baseIndicator(part).kind, `${d.code}: ${part}`).not.toBe('rate');
      }
      expect(derivedIndicator(d.code)).toBe(d);
      expect(areaOf(d.code)).toBe(d.area);
    }
  });

  it.each([
    ['on_time_rate', ['dossiers_resolved_on_time'], 'dossiers_resolved', 'higher'],
    ['late_rate', ['dossiers_resolved_late'], 'dossiers_resolved', 'lower'],
    ['online_procedure_share', ['procedures_online_full', 'procedures_online_partial'], 'procedures_total', 'higher'],
    ['degree_share', ['edu_postgraduate', 'edu_university'], 'staff_total', 'higher'],
    ['staffing_fill', ['staff_total'], 'staff_quota', 'closer_to_100'],
    ['plan_completion_rate', ['plan_tasks_done'], 'plan_tasks_total', 'higher'],
  ] as const)('computes %s as Σ %j ÷ Σ %s, %s is better (domain guide)', (code, numerator, denominator, better) => {
    const d = derivedIndicator(code);
    expect([d.numerator, d.denominator, d.better]).toEqual([numerator, denominator, better]);
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
