import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conventionEvidence, detectConvention, parseNumber, plainDigits, valueProblem, type NumberResult } from './numbers';
import type { NumberConvention } from './types';

const n = (value: number, lowerBound = false, percent = false): NumberResult => ({ value, lowerBound, percent });

describe('parseNumber', () => {
  it.each<[string, NumberConvention, NumberResult]>([
    // seed strings, Vietnamese convention
    ['1.590', 'vi', n(1590)],
    ['99,93%', 'vi', n(99.93, false, true)],
    ['99,93', 'vi', n(99.93)],
    ['3.000.000', 'vi', n(3000000)],
    ['63,6', 'vi', n(63.6)],
    ['738', 'vi', n(738)],
    ['  1 590 ', 'vi', n(1590)],
    ['1\u00a0590', 'vi', n(1590)],
    ['trên 95%', 'vi', n(95, true, true)],
    ['đạt trên 95%', 'vi', n(95, true, true)],
    ['> 95', 'vi', n(95, true)],
    ['>95', 'vi', n(95, true)],
    ['hơn 95%', 'vi', n(95, true, true)],
    ['-3', 'vi', n(-3)],
    // English-locale files
    ['1590', 'en', n(1590)],
    ['99.93', 'en', n(99.93)],
    ['1,590', 'en', n(1590)],
    ['3,000,000.5', 'en', n(3000000.5)],
    // missing is missing, never 0
    ['', 'vi', 'missing'],
    ['-', 'vi', 'missing'],
    ['–', 'vi', 'missing'],
    ['x', 'vi', 'missing'],
    ['X', 'vi', 'missing'],
    ['không có số liệu', 'vi', 'missing'],
    ['Không', 'vi', 'missing'],
    ['n/a', 'en', 'missing'],
  ])('reads %j in the %s convention', (text, convention, expected) => {
    expect(parseNumber(text, convention)).toEqual(expected);
  });

  it.each<[string, NumberConvention]>([
    ['12.5', 'vi'],
    ['99,93', 'en'],
    ['1.59.0', 'vi'],
    ['abc', 'vi'],
    ['=SUM(A1:A3)', 'vi'],
    ['1e5', 'en'],
    ['Infinity', 'en'],
    ['0x1F', 'en'],
  ])('refuses %j in the %s convention with a Vietnamese message', (text, convention) => {
    const result = parseNumber(text, convention);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain('không đọc được thành số');
  });

  it('never throws and never returns NaN, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom<NumberConvention>('vi', 'en'), (text, convention) => {
        const result = parseNumber(text, convention);
        if (typeof result === 'object' && 'value' in result) expect(Number.isNaN(result.value)).toBe(false);
      }),
    );
  });

  it('reads digits and separators exactly as the written rule says (fast path against a reference)', () => {
    const reference = (text: string, convention: NumberConvention): number | null => {
      const [group, decimal] = convention === 'vi' ? ['.', ','] : [',', '.'];
      const g = group === '.' ? '\\.' : ',';
      const d = decimal === '.' ? '\\.' : ',';
      const ok = new RegExp(`^(?:\\d+|\\d{1,3}(?:${g}\\d{3})+)(?:${d}\\d+)?$`).test(text);
      return ok ? Number(text.split(group).join('').replace(decimal, '.')) : null;
    };
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,]{1,14}$/), fc.constantFrom<NumberConvention>('vi', 'en'), (text, convention) => {
        const expected = reference(text, convention);
        const result = parseNumber(text, convention);
        if (expected === null) expect(result).toHaveProperty('error');
        else expect(result).toEqual(n(expected));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any whole number written with Vietnamese grouping back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (value) => {
        const written = value.toLocaleString('de-DE');
        expect(parseNumber(written, 'vi')).toEqual(n(value));
        expect(parseNumber(value.toLocaleString('en-US'), 'en')).toEqual(n(value));
      }),
    );
  });
});

describe('plainDigits', () => {
  it.each([
    ['1590', 1590],
    ['0', 0],
    ['', -1],
    ['1.590', -1],
    ['１２', -1],
  ])('%j → %d', (text, expected) => expect(plainDigits(text)).toBe(expected));
});

describe('conventionEvidence and detectConvention', () => {
  it.each([
    ['99,93', 'vi'],
    ['99,93%', 'vi'],
    ['1.590.000', 'vi'],
    ['0,500', 'vi'],
    ['1.234,5', 'vi'],
    ['12.5', 'en'],
    ['1,590,000', 'en'],
    ['1,234.5', 'en'],
    ['1.590', 'ambiguous'],
    ['3.000', 'ambiguous'],
    ['1590', null],
    ['Xã Bình Lãng', null],
  ])('%j says %s', (text, expected) => expect(conventionEvidence(text)).toBe(expected));

  it('decides vi from a decimal comma and says why', () => {
    const d = detectConvention(['738', '1.590', '99,93']);
    expect(d.convention).toBe('vi');
    expect(d.reason).toContain('99,93');
  });

  it('decides en from a decimal point', () => {
    expect(detectConvention(['1590', '12.5']).convention).toBe('en');
  });

  it('defaults to vi when 1.590 is the only hint, and says it is ambiguous', () => {
    const d = detectConvention(['1.590', '20']);
    expect(d.convention).toBe('vi');
    expect(d.reason).toContain('hai cách');
  });

  it('defaults to vi for whole numbers only', () => {
    expect(detectConvention(['738', '170']).convention).toBe('vi');
  });

  it('follows the majority when a file mixes conventions, and says so', () => {
    const d = detectConvention(['12.5', '99.93', '63,6']);
    expect(d.convention).toBe('en');
    expect(d.reason).toContain('lẫn hai kiểu');
  });
});

describe('valueProblem', () => {
  const read = (text: string) => parseNumber(text, 'vi') as { value: number; lowerBound: boolean; percent: boolean };
  it.each([
    ['12,5', 'dossiers', 'không phải số nguyên — số hồ sơ phải là số nguyên không âm'],
    ['-3', 'people', 'số âm — số người phải là số nguyên không âm'],
    ['95%', 'dossiers', 'tỷ lệ phần trăm'],
    ['-1', 'percent', 'tỷ lệ không thể âm'],
  ])('refuses %j for unit %s', (text, unit, message) => {
    expect(valueProblem(text, read(text), unit)).toContain(message);
  });

  it.each([
    ['1.590', 'dossiers'],
    ['99,93%', 'percent'],
    ['63,6', 'percent'],
    ['trên 1.000', 'dossiers'],
  ])('accepts %j for unit %s', (text, unit) => {
    expect(valueProblem(text, read(text), unit)).toBeNull();
  });
});
