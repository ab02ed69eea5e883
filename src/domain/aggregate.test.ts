import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate';
import { formatIndicatorValue } from './format';
import { datasetOf, periodOf, SEED_REPORTS, type TestReport } from '../../tests/support/reports';
import { indicatorValue } from './values';

const seeds = datasetOf(SEED_REPORTS);
const H1 = periodOf('2022-H1');
const ALL_SEEDS = SEED_REPORTS.map((r) => r.commune);
const TU_KY = ['Xã Cộng Lạc', 'Xã Bình Lãng'];

describe('aggregate', () => {
  it('computes a district on-time rate as Σ on time ÷ Σ resolved, not the mean of the communes\u2019 rates', () => {
    const district = aggregate(seeds, TU_KY, H1, 'on_time_rate');
    expect(district).toEqual({
      value: ((1589 + 738) / (1590 + 738)) * 100,
      numerator: 1589 + 738,
      denominator: 1590 + 738,
      covered: 2,
      total: 2,
      method: 'ratio_of_sums',
      lowerBound: false,
    });
    const rates = TU_KY.map((id) => indicatorValue(seeds, id, H1, 'on_time_rate').value ?? Number.NaN);
    const meanOfRates = ((rates[0] ?? 0) + (rates[1] ?? 0)) / 2;
    expect(district.value).not.toBeCloseTo(meanOfRates, 6);
    expect(formatIndicatorValue('on_time_rate', district.value, false)).toBe('100,0\u00A0%');
  });

  it('leaves out of a ratio the communes lacking a part, parts and all (Cộng Lạc has no received count)', () => {
    expect(aggregate(seeds, TU_KY, H1, 'online_rate')).toMatchObject({ value: (170 / 738) * 100, numerator: 170, denominator: 738, covered: 1, total: 2 });
  });

  it.each([
    ['dossiers_resolved', 1590 + 738, 2],
    ['staff_total', 20 + 20, 2],
    ['dossiers_received', 738, 1],
  ] as const)('sums %s over the communes that have it', (code, value, covered) => {
    expect(aggregate(seeds, ALL_SEEDS, H1, code)).toEqual({ value, numerator: null, denominator: null, covered, total: 5, method: 'sum', lowerBound: false });
  });

  it('reports coverage as communes used out of communes asked for (11 of 12)', () => {
    const reports: TestReport[] = Array.from({ length: 12 }, (_, i) => ({
      commune: `Xã ${i + 1}`,
      period: '2022-H1',
      values: i === 11 ? { staff_total: 20 } : { dossiers_resolved: 700 + i, dossiers_resolved_on_time: 690 + i },
    }));
    const ids = reports.map((r) => r.commune);
    const ds = datasetOf(reports);
    expect(aggregate(ds, ids, H1, 'dossiers_resolved')).toMatchObject({ covered: 11, total: 12 });
    expect(aggregate(ds, ids, H1, 'on_time_rate')).toMatchObject({ covered: 11, total: 12, numerator: 7645, denominator: 7755 });
  });

  it('weights a reported rate by its survey count when every commune gives one', () => {
    const ds = datasetOf([
      { commune: 'Xã Bình Lãng', period: '2022-H1', values: { satisfaction_rate: 100, satisfaction_surveys: 738 } },
      { commune: 'Xã Cộng Lạc', period: '2022-H1', values: { satisfaction_rate: 90, satisfaction_surveys: 262 } },
    ]);
    expect(aggregate(ds, TU_KY, H1, 'satisfaction_rate')).toMatchObject({ value: (100 * 738 + 90 * 262) / 1000, method: 'weighted_mean', covered: 2 });
  });

  it('falls back to a plain mean, flagged as such, when a commune gives the rate without its weight', () => {
    const ds = datasetOf([
      { commune: 'Xã Bình Lãng', period: '2022-H1', values: { satisfaction_rate: 100, satisfaction_surveys: 738 } },
      { commune: 'Xã Cộng Lạc', period: '2022-H1', values: { satisfaction_rate: 90 } },
    ]);
    expect(aggregate(ds, TU_KY, H1, 'satisfaction_rate')).toMatchObject({ value: 95, method: 'plain_mean', covered: 2 });
  });

  it('carries a lower bound ("trên 95%") into the district figure', () => {
    expect(aggregate(seeds, ['Xã Đại Hợp'], periodOf('2021-9M'), 'satisfaction_rate')).toMatchObject({ value: 95, lowerBound: true, covered: 1 });
  });

  it('adds derived quarters of communes that can derive them', () => {
    const ds = datasetOf([
      ...SEED_REPORTS.filter((r) => r.commune === 'Xã Lộc Thủy' || r.commune === 'Phường Cổ Thành'),
      { commune: 'Xã Lộc Thủy', period: '2022-H1', values: { dossiers_received: 1020 } },
      { commune: 'Phường Cổ Thành', period: '2022-H1', values: { dossiers_received: 1400 } },
    ]);
    expect(aggregate(ds, ['Xã Lộc Thủy', 'Phường Cổ Thành'], periodOf('2022-Q2'), 'dossiers_received')).toMatchObject({
      value: 1020 - 486 + (1400 - 670),
      covered: 2,
    });
  });

  it.each([
    ['no commune at all', [] as string[], 0],
    ['communes without the figure', ['Xã Lộc Thủy', 'Phường Cổ Thành'], 2],
  ])('is null with nothing covered for %s', (_, ids, total) => {
    for (const code of ['on_time_rate', 'dossiers_resolved', 'satisfaction_rate'] as const) {
      expect(aggregate(seeds, ids, H1, code)).toMatchObject({ value: null, covered: 0, total });
    }
  });

  it('is null when the summed denominator is 0', () => {
    const ds = datasetOf([{ commune: 'Xã Cộng Lạc', period: '2022-H1', values: { feedback_received: 0, feedback_resolved: 0 } }]);
    expect(aggregate(ds, ['Xã Cộng Lạc'], H1, 'feedback_resolution_rate')).toMatchObject({ value: null, numerator: 0, denominator: 0, covered: 1 });
  });
});
