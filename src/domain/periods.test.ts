import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeEraOf,
  comparablePeriod,
  comparePeriods,
  isQuarter,
  isYearToDate,
  makePeriod,
  parsePeriodCode,
  parsePeriodLabel,
  periodInfo,
  periodLabel,
  quarterDifference,
  quarterEndingWith,
  sortPeriods,
  yearToDateEndingWith,
  type PeriodPart,
} from './periods';
import { periodOf } from '../../tests/support/reports';
import type { PeriodCode } from './types';

const PARTS: readonly PeriodPart[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'];

describe('parsePeriodLabel', () => {
  it.each([
    // Every label of formats.md
    ['Quý I/2022', '2022-Q1'],
    ['Quý I năm 2022', '2022-Q1'],
    ['quý 1 2022', '2022-Q1'],
    ['Q1/2022', '2022-Q1'],
    ['6 tháng đầu năm 2022', '2022-H1'],
    ['6 tháng 2022', '2022-H1'],
    ['6T/2022', '2022-H1'],
    ['9 tháng đầu năm 2022', '2022-9M'],
    ['Năm 2022', '2022-Y'],
    ['2022', '2022-Y'],
    // Canonical codes
    ['2022-Q1', '2022-Q1'],
    ['2022-Q4', '2022-Q4'],
    ['2022-H1', '2022-H1'],
    ['2022-9M', '2022-9M'],
    ['2022-Y', '2022-Y'],
    // Variants met in files
    ['Quý IV - 2023', '2023-Q4'],
    ['QUÝ III/2021', '2021-Q3'],
    ['  quý  ii   năm 2022 ', '2022-Q2'],
    ['Quý\u00A0I/2022', '2022-Q1'],
    ['2022 Q3', '2022-Q3'],
    ['06 tháng năm 2022', '2022-H1'],
    ['cả năm 2022', '2022-Y'],
    ['12 tháng 2022', '2022-Y'],
    ['Năm/2022', '2022-Y'],
  ])('reads %j as %s', (label, code) => {
    expect(parsePeriodLabel(label)).toBe(code);
  });

  it.each(['Quý I/2022', 'Quý I năm 2022', '6 tháng đầu năm 2022', '9 tháng đầu năm 2022', 'Năm 2022'])('reads %j written in NFD (decomposed accents)', (label) => {
    const nfd = label.normalize('NFD');
    expect(parsePeriodLabel(nfd)).toBe(parsePeriodLabel(label));
    expect(parsePeriodLabel(nfd)).not.toBeNull();
  });

  it.each(['Quý V/2022', '2022-Q5', '13 tháng 2022', 'Quý 0/2022', 'Q5/2022', 'quý 12022', '3 tháng 2022', 'Năm 1999', '2101', '', 'Kỳ báo cáo', '2022-H2'])(
    'refuses the impossible or unknown label %j',
    (label) => {
      expect(parsePeriodLabel(label)).toBeNull();
    },
  );

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const code = parsePeriodLabel(text);
        expect(code === null || parsePeriodCode(code) === code).toBe(true);
      }),
    );
  });

  it('reads back every Vietnamese label periodLabel writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(...PARTS), (year, part) => {
        const code = makePeriod(year, part);
        expect(parsePeriodLabel(periodLabel(code, 'vi'))).toBe(code);
      }),
    );
  });
});

describe('parsePeriodCode', () => {
  it.each([
    ['2022-H1', '2022-H1'],
    ['2022-h1', null],
    ['2022-Q5', null],
    ['1999-Y', null],
    [' 2022-Y', null],
  ])('accepts only canonical codes: %j → %s', (text, code) => {
    expect(parsePeriodCode(text)).toBe(code);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2022-Q3', 'vi', 'Quý III/2022'],
    ['2022-H1', 'vi', '6 tháng đầu năm 2022'],
    ['2022-9M', 'vi', '9 tháng đầu năm 2022'],
    ['2022-Y', 'vi', 'Năm 2022'],
    ['2022-Q3', 'en', 'Q3 2022'],
    ['2022-9M', 'en', '9 months 2022'],
  ] as const)('writes %s in %s as %s', (code, lang, label) => {
    expect(periodLabel(periodOf(code), lang)).toBe(label);
  });
});

describe('year-to-date arithmetic', () => {
  it.each([
    ['2022-Q1', null],
    ['2022-Q2', ['2022-H1', '2022-Q1']],
    ['2022-Q3', ['2022-9M', '2022-H1']],
    ['2022-Q4', ['2022-Y', '2022-9M']],
    ['2022-H1', null],
  ])('differences %s as minuend − subtrahend %j', (code, expected) => {
    const d = quarterDifference(periodOf(code));
    expect(d ? [d.minuend, d.subtrahend] : null).toEqual(expected);
  });

  it.each([
    ['2022-Q1', '2022-Q1', '2022-Q1', true, true],
    ['2022-Q2', '2022-H1', '2022-Q2', false, true],
    ['2022-H1', '2022-H1', '2022-Q2', true, false],
    ['2022-Q3', '2022-9M', '2022-Q3', false, true],
    ['2022-9M', '2022-9M', '2022-Q3', true, false],
    ['2022-Q4', '2022-Y', '2022-Q4', false, true],
    ['2022-Y', '2022-Y', '2022-Q4', true, false],
  ])('pairs %s with the year-to-date report %s and the quarter %s ending the same month', (code, ytd, quarter, ytdFlag, quarterFlag) => {
    const p = periodOf(code);
    expect(yearToDateEndingWith(p)).toBe(ytd);
    expect(quarterEndingWith(p)).toBe(quarter);
    expect(isYearToDate(p)).toBe(ytdFlag);
    expect(isQuarter(p)).toBe(quarterFlag);
  });

  it('describes a period by year, part and months', () => {
    expect(periodInfo(periodOf('2021-9M'))).toEqual({ year: 2021, part: '9M', startMonth: 1, endMonth: 9 });
    expect(periodInfo(periodOf('2022-Q3'))).toEqual({ year: 2022, part: 'Q3', startMonth: 7, endMonth: 9 });
    expect(() => periodInfo('2022-H2' as PeriodCode)).toThrow();
  });
});

describe('ordering', () => {
  it('sorts chronologically by end month, a discrete quarter before the year-to-date report ending with it', () => {
    const codes = ['2022-Y', '2022-H1', '2021-9M', '2022-Q2', '2022-Q1', '2022-Q4', '2022-9M', '2022-Q3', '2022-H1'].map(periodOf);
    expect(sortPeriods(codes)).toEqual(['2021-9M', '2022-Q1', '2022-Q2', '2022-H1', '2022-Q3', '2022-9M', '2022-Q4', '2022-Y']);
  });

  it('is a consistent order', () => {
    const period = fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(...PARTS)).map(([y, p]) => makePeriod(y, p));
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
        expect(comparePeriods(a, b) === 0).toBe(a === b);
        expect(comparePeriods(a, a)).toBe(0);
      }),
    );
  });
});

describe('comparablePeriod', () => {
  it.each([
    ['2022-Q1', 'quy-truoc', '2021-Q4'],
    ['2022-Q2', 'quy-truoc', '2022-Q1'],
    ['2022-Q4', 'quy-truoc', '2022-Q3'],
    ['2022-H1', 'quy-truoc', '2022-Q1'],
    ['2022-9M', 'quy-truoc', '2022-H1'],
    ['2022-Y', 'quy-truoc', '2022-9M'],
    ['2022-H1', 'cung-ky', '2021-H1'],
    ['2022-Q3', 'cung-ky', '2021-Q3'],
    ['2000-Q1', 'quy-truoc', null],
    ['2000-Y', 'cung-ky', null],
  ] as const)('compares %s (%s) with %s', (code, comparison, expected) => {
    expect(comparablePeriod(periodOf(code), comparison)).toBe(expected);
  });
});

describe('codeEraOf', () => {
  it.each([
    ['2022-H1', 'before_2025_07'],
    ['2025-Q2', 'before_2025_07'],
    ['2025-H1', 'before_2025_07'],
    ['2025-Q3', 'since_2025_07'],
    ['2025-9M', 'since_2025_07'],
    ['2025-Y', 'since_2025_07'],
    ['2026-Q1', 'since_2025_07'],
  ])('puts %s on the side %s of 1 July 2025', (period, era) => {
    expect(codeEraOf(periodOf(period))).toBe(era);
  });
});
