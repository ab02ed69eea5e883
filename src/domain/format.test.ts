import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDecimal, formatIndicatorValue, formatPercent, MISSING, roundForDisplay } from './format';
import type { IndicatorCode } from './types';

const NBSP = '\u00A0';

describe('formatCount', () => {
  it.each([
    [738, 'vi', '738'],
    [1590, 'vi', '1.590'],
    [3000000, 'vi', '3.000.000'],
    [0, 'vi', '0'],
    [-5, 'vi', '-5'],
    [1590, 'en', '1,590'],
    [3000000, 'en', '3,000,000'],
  ] as const)('writes %d in %s as %s (dot groups in Vietnamese)', (n, lang, expected) => {
    expect(formatCount(n, lang)).toBe(expected);
  });

  it.each([null, Number.NaN, Number.POSITIVE_INFINITY])('shows %s as the missing dash, never 0 or NaN', (n) => {
    expect(formatCount(n)).toBe(MISSING);
  });

  it('never throws and round-trips integers through removing the dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(Number(formatCount(n).replace(/\./g, ''))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constant(null)), (n) => {
        expect(typeof formatCount(n)).toBe('string');
      }),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [(1589 / 1590) * 100, 'vi', `99,9${NBSP}%`],
    [(14 / 33) * 100, 'vi', `42,4${NBSP}%`],
    [99.937, 'vi', `99,9${NBSP}%`],
    [99.937, 'en', '99.9%'],
    [100, 'vi', `100,0${NBSP}%`],
    [-0.04, 'vi', `0,0${NBSP}%`],
  ] as const)('writes %d in %s as %s (decimal comma, no-break space before %)', (p, lang, expected) => {
    expect(formatPercent(p, lang)).toBe(expected);
  });

  it('takes the number of decimals', () => {
    expect(formatPercent(99.937, 'vi', 2)).toBe(`99,94${NBSP}%`);
    expect(formatPercent(99.937, 'vi', 0)).toBe(`100${NBSP}%`);
  });

  it('shows null as the missing dash', () => {
    expect(formatPercent(null)).toBe(MISSING);
  });
});

describe('formatDecimal', () => {
  it.each([
    [99.93, undefined, 'vi', '99,93'],
    [3000.5, undefined, 'vi', '3.000,5'],
    [3000.5, 2, 'vi', '3.000,50'],
    [3000.5, 2, 'en', '3,000.50'],
    [null, 1, 'vi', MISSING],
  ] as const)('writes %s with %s decimals in %s as %s', (x, digits, lang, expected) => {
    expect(formatDecimal(x, lang, digits)).toBe(expected);
  });
});

describe('roundForDisplay', () => {
  it.each([
    ['on_time_rate', (1589 / 1590) * 100, 99.9],
    ['plan_completion_rate', (14 / 33) * 100, 42.4],
    ['on_time_rate', 94.96, 95],
    ['on_time_rate', 94.94, 94.9],
    ['on_time_rate', 94.95, 95],
    ['satisfaction_rate', 63.64, 63.6],
    ['dossiers_resolved', 1589.6, 1590],
    ['dossiers_resolved', 738, 738],
  ] as const)('rounds %s %d to %d (percent to one decimal, counts whole)', (code, value, expected) => {
    expect(roundForDisplay(code, value)).toBe(expected);
  });

  it('agrees with the displayed figure for any percentage', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (v) => {
        const shown = formatIndicatorValue('on_time_rate', v, false).replace(`${NBSP}%`, '').replace(/\./g, '').replace(',', '.');
        expect(Number(shown)).toBe(roundForDisplay('on_time_rate', v));
      }),
    );
  });
});

describe('formatIndicatorValue', () => {
  it.each<[IndicatorCode, number | null, boolean, 'vi' | 'en', string]>([
    ['on_time_rate', (1589 / 1590) * 100, false, 'vi', `99,9${NBSP}%`],
    ['plan_completion_rate', (14 / 33) * 100, false, 'vi', `42,4${NBSP}%`],
    ['satisfaction_rate', 95, true, 'vi', `≥${NBSP}95,0${NBSP}%`],
    ['satisfaction_rate', 95, true, 'en', `≥${NBSP}95.0%`],
    ['dossiers_resolved', 1590, false, 'vi', '1.590'],
    ['dossiers_resolved', 738, false, 'vi', '738'],
    ['dossiers_received', null, false, 'vi', MISSING],
    ['dossiers_received', null, true, 'vi', MISSING],
  ])('shows %s %s (lower bound %s) in %s as %s', (code, value, lowerBound, lang, expected) => {
    expect(formatIndicatorValue(code, value, lowerBound, lang)).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each<[number | null, IndicatorCode, 'vi' | 'en', string]>([
    [1.24, 'on_time_rate', 'vi', `+1,2${NBSP}điểm${NBSP}%`],
    [-2.06, 'on_time_rate', 'vi', `-2,1${NBSP}điểm${NBSP}%`],
    [1.24, 'on_time_rate', 'en', `+1.2${NBSP}pp`],
    [0.02, 'on_time_rate', 'vi', `0,0${NBSP}điểm${NBSP}%`],
    [12, 'dossiers_resolved', 'vi', '+12'],
    [-1200, 'dossiers_resolved', 'vi', '-1.200'],
    [0, 'dossiers_resolved', 'vi', '0'],
    [null, 'dossiers_resolved', 'vi', MISSING],
  ])('shows a change of %s in %s (%s) as %s', (delta, code, lang, expected) => {
    expect(formatChange(delta, code, lang)).toBe(expected);
  });
});
