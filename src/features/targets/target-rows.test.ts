import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS, type Target } from '../../domain/targets';
import type { IndicatorCode } from '../../domain/types';
import { parseTypedNumber, proposedTarget, targetRows } from './target-rows';

const defaults: ReadonlyMap<IndicatorCode, Target & { isDefault: boolean }> = new Map(
  DEFAULT_TARGETS.map((t) => [t.indicator, { indicator: t.indicator, target: t.target, direction: t.direction, nearFrom: t.nearFrom, isDefault: true }]),
);

describe('targetRows', () => {
  it('lists every default target, with the default as its fallback', () => {
    const rows = targetRows(defaults);
    for (const t of DEFAULT_TARGETS) {
      const row = rows.find((r) => r.indicator === t.indicator);
      expect(row?.current?.target).toBe(t.target);
      expect(row?.fallback?.provenance).toBe(t.provenance);
    }
  });

  it('lists derived indicators without a default as having no target', () => {
    const row = targetRows(defaults).find((r) => r.indicator === 'political_theory_share');
    expect(row).toEqual({ indicator: 'political_theory_share', current: null, fallback: null });
  });

  it('lists a base indicator only when it has a target', () => {
    const rows = targetRows(defaults);
    expect(rows.some((r) => r.indicator === 'dossiers_received')).toBe(false);
    const withUser = new Map(defaults).set('dossiers_received', {
      indicator: 'dossiers_received',
      target: 500,
      direction: '>=',
      nearFrom: 400,
      isDefault: false,
    });
    expect(targetRows(withUser).some((r) => r.indicator === 'dossiers_received')).toBe(true);
  });

  it('lists each indicator once', () => {
    const codes = targetRows(defaults).map((r) => r.indicator);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('proposedTarget', () => {
  it.each<[IndicatorCode, '>=' | '<=']>([
    ['on_time_rate', '>='],
    ['late_rate', '<='],
    ['pending_overdue_share', '<='],
    ['degree_share', '>='],
  ])('proposes the ranking direction for %s', (code, direction) => {
    expect(proposedTarget(code).direction).toBe(direction);
  });
});

describe('parseTypedNumber', () => {
  it.each<[string, number]>([
    ['95', 95],
    ['95,5', 95.5],
    ['95.5', 95.5],
    ['99,93 %', 99.93],
    [' 100 ', 100],
    ['1.590,5', 1590.5],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseTypedNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '9,5,5', '95x', '1e3'])('refuses %j', (text) => {
    expect(parseTypedNumber(text)).toBeNaN();
  });
});
