import { describe, expect, it } from 'vitest';
import { modifiedZScores, outlierIndexes } from './outliers';

describe('modifiedZScores', () => {
  it('is 0.6745 (x − median) / MAD', () => {
    // median 3, deviations 2 1 0 1 2 → MAD 1
    const scores = modifiedZScores([1, 2, 3, 4, 5]);
    expect(scores.map((s) => (s === null ? null : Number(s.toFixed(4))))).toEqual([-1.349, -0.6745, 0, 0.6745, 1.349]);
  });

  it('falls back to 1.253314 × the mean absolute deviation when the MAD is 0', () => {
    // median 10, deviations 0 0 0 0 5 → MAD 0, mean AD 1
    const scores = modifiedZScores([10, 10, 10, 10, 15]);
    expect(scores[4]).toBeCloseTo(5 / 1.253314, 6);
    expect(scores[0]).toBe(0);
  });

  it('keeps nulls in place and ignores them', () => {
    const scores = modifiedZScores([null, 1, 2, 3, null, 4, 5]);
    expect([scores[0], scores[4]]).toEqual([null, null]);
    expect(scores.filter((s) => s !== null)).toEqual(modifiedZScores([1, 2, 3, 4, 5]));
    expect(modifiedZScores([null, null])).toEqual([null, null]);
  });
});

describe('outlierIndexes', () => {
  it.each<[string, (number | null)[], number[]]>([
    ['a typo 15.900 among dossier counts near 1.590', [1590, 1588, 1602, 1575, null, 15900, 1611], [5]],
    ['a far low value as well as a high one', [738, 740, 3, 745, 735, 7380, 736], [2, 5]],
    ['no outlier among close values', [1590, 1588, 1602, 1575, 1611], []],
    ['nothing among fewer than five values', [1590, 1588, 15900, null, null], []],
    ['nothing when all values are equal', [20, 20, 20, 20, 20, 20], []],
    ['the odd one out when most values are equal (MAD 0)', [100, 100, 100, 100, 100, 42.4], [5]],
  ])('flags %s', (_, values, expected) => {
    expect([...outlierIndexes(values)].sort((a, b) => a - b)).toEqual(expected);
  });

  it.each<[string, (number | null)[], number[]]>([
    ['a typo 15.900 among dossier counts of communes of every size', [531, 1322, 480, 1590, 15900, 612, 1211, 455, 509], [4]],
    ['no big commune mistaken for a typo (1.322 dossiers against a median of 602)', [312, 1322, 480, 764, 602, 349, 1283, 455, 909], []],
  ])('on the log scale for counts, flags %s', (_, values, expected) => {
    expect([...outlierIndexes(values, 3.5, 'log')].sort((a, b) => a - b)).toEqual(expected);
  });

  it('takes a threshold', () => {
    expect([...outlierIndexes([1, 2, 3, 4, 5, 9])]).toEqual([]);
    expect([...outlierIndexes([1, 2, 3, 4, 5, 9], 2)]).toEqual([5]);
  });
});
