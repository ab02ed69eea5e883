import { describe, expect, it } from 'vitest';
import { formatIndicatorValue } from './format';
import { datasetOf, periodOf, SEED_REPORTS } from '../../tests/support/reports';
import type { BaseCode, IndicatorCode } from './types';
import { availablePeriods, baseValue, indicatorValue } from './values';

const seeds = datasetOf(SEED_REPORTS);

// Lộc Thủy's real Q1 (seed 003) with a year-to-date H1 and 9M of the same shape.
const LOC_THUY = 'Xã Lộc Thủy';
const series = datasetOf([
  ...SEED_REPORTS.filter((r) => r.commune === LOC_THUY),
  {
    commune: LOC_THUY,
    period: '2022-H1',
    values: { dossiers_received: 1020, dossiers_resolved: 940, dossiers_resolved_on_time: 915, staff_total: 21, satisfaction_rate: 98, dossiers_pending: 80 },
  },
  { commune: LOC_THUY, period: '2022-9M', values: { dossiers_received: 1500, dossiers_resolved: 900, staff_total: 20, satisfaction_rate: 99 } },
  // Reports of discrete quarters only.
  { commune: 'Xã Cộng Lạc', period: '2023-Q1', values: { dossiers_resolved: 700, satisfaction_rate: 100 } },
  { commune: 'Xã Cộng Lạc', period: '2023-Q2', values: { dossiers_resolved: 890, staff_total: 20 } },
  { commune: 'Xã Cộng Lạc', period: '2023-Q3', values: { dossiers_resolved: 800 } },
  { commune: 'Xã Cộng Lạc', period: '2023-H1', values: { dossiers_received: 1700 }, lowerBound: ['dossiers_received'] },
]);

describe('baseValue', () => {
  it.each<[string, string, string, BaseCode, number, boolean, 'reported' | 'derived', string[]]>([
    ['takes a reported value as is', LOC_THUY, '2022-Q1', 'dossiers_received', 486, false, 'reported', ['2022-Q1']],
    ['keeps the lower-bound flag of "trên 95%"', 'Xã Cộng Lạc', '2023-H1', 'dossiers_received', 1700, true, 'reported', ['2023-H1']],
    ['derives Q2 from H1 minus Q1 for flows', LOC_THUY, '2022-Q2', 'dossiers_received', 1020 - 486, false, 'derived', ['2022-H1', '2022-Q1']],
    ['derives Q3 from 9M minus H1 for flows', LOC_THUY, '2022-Q3', 'dossiers_received', 1500 - 1020, false, 'derived', ['2022-9M', '2022-H1']],
    ['takes a Q3 stock from the 9M report, never a difference', LOC_THUY, '2022-Q3', 'staff_total', 20, false, 'derived', ['2022-9M']],
    ['takes a Q2 stock from the H1 report, never a difference', LOC_THUY, '2022-Q2', 'staff_total', 21, false, 'derived', ['2022-H1']],
    ['adds Q1 and Q2 into H1 for flows', 'Xã Cộng Lạc', '2023-H1', 'dossiers_resolved', 700 + 890, false, 'derived', ['2023-Q1', '2023-Q2']],
    ['adds Q1, Q2 and Q3 into 9M for flows', 'Xã Cộng Lạc', '2023-9M', 'dossiers_resolved', 700 + 890 + 800, false, 'derived', ['2023-Q1', '2023-Q2', '2023-Q3']],
    ['takes an H1 stock from the Q2 report, never a sum', 'Xã Cộng Lạc', '2023-H1', 'staff_total', 20, false, 'derived', ['2023-Q2']],
  ])('%s', (_, commune, period, code, value, lowerBound, source, from) => {
    expect(baseValue(series, commune, periodOf(period), code)).toEqual({
      status: 'value',
      value,
      lowerBound,
      source,
      from,
    });
  });

  it('reads the seeds as reported, "trên 95%" as a lower bound', () => {
    expect(baseValue(seeds, 'Xã Cộng Lạc', periodOf('2022-H1'), 'dossiers_resolved')).toMatchObject({ status: 'value', value: 1590, lowerBound: false });
    expect(baseValue(seeds, 'Xã Đại Hợp', periodOf('2021-9M'), 'satisfaction_rate')).toEqual({
      status: 'value', value: 95, lowerBound: true, source: 'reported', from: ['2021-9M'],
    });
  });

  it('adds a year-to-date report and the quarter after it (9M = H1 + Q3)', () => {
    const ds = datasetOf([
      { commune: 'Xã Bình Lãng', period: '2022-H1', values: { dossiers_resolved: 738 } },
      { commune: 'Xã Bình Lãng', period: '2022-Q3', values: { dossiers_resolved: 402 } },
    ]);
    expect(baseValue(ds, 'Xã Bình Lãng', periodOf('2022-9M'), 'dossiers_resolved')).toMatchObject({ status: 'value', value: 1140, from: ['2022-H1', '2022-Q3'] });
  });

  it('propagates a lower bound from any part of a derived value', () => {
    const ds = datasetOf([
      { commune: 'Xã Bình Lãng', period: '2022-Q1', values: { dossiers_received: 300 } },
      { commune: 'Xã Bình Lãng', period: '2022-H1', values: { dossiers_received: 738 }, lowerBound: ['dossiers_received'] },
    ]);
    expect(baseValue(ds, 'Xã Bình Lãng', periodOf('2022-Q2'), 'dossiers_received')).toMatchObject({ value: 438, lowerBound: true });
  });

  it('never differences a rate (cannot_derive, with the reason in Vietnamese)', () => {
    const r = baseValue(series, LOC_THUY, periodOf('2022-Q2'), 'satisfaction_rate');
    expect(r).toMatchObject({ status: 'cannot_derive', reason: 'Không thể suy ra tỷ lệ từ số lũy kế', missingPeriods: [] });
  });

  it('never adds quarterly rates into a year-to-date rate', () => {
    expect(baseValue(series, 'Xã Cộng Lạc', periodOf('2023-H1'), 'satisfaction_rate')).toMatchObject({ status: 'cannot_derive' });
  });

  it('refuses a negative quarter flow instead of showing it as a count', () => {
    // 9M resolved 900 < H1 resolved 940: the 9M report is wrong or of another scope.
    const r = baseValue(series, LOC_THUY, periodOf('2022-Q3'), 'dossiers_resolved');
    expect(r.status).toBe('cannot_derive');
    expect(r.status === 'cannot_derive' && r.reason).toBe('Không thể suy ra: số lũy kế 9 tháng đầu năm 2022 (900) nhỏ hơn 6 tháng đầu năm 2022 (940)');
  });

  it.each<[string, string, string, BaseCode, string[]]>([
    ['names Q1 when H1 is reported without it', 'Xã Cộng Lạc', '2022-Q2', 'dossiers_resolved', ['2022-Q1']],
    ['names H1 when Q1 is reported without it', LOC_THUY, '2022-Q2', 'dossiers_resolved_late', ['2022-H1']],
    ['names the quarter a year-to-date sum lacks', LOC_THUY, '2022-Y', 'dossiers_received', ['2022-Q4']],
  ])('cannot derive when only some reports exist: %s', (_, commune, period, code, missing) => {
    const ds = commune === LOC_THUY ? series : seeds;
    const r = baseValue(ds, commune, periodOf(period), code);
    expect(r).toMatchObject({ status: 'cannot_derive', missingPeriods: missing });
    expect(r.status === 'cannot_derive' && r.reason).toMatch(/^Không thể suy ra: thiếu số liệu kỳ /);
  });

  it.each<[string, string, string, BaseCode]>([
    ['a commune that reported nothing in the year', 'Xã Đại Hợp', '2022-Q2', 'dossiers_resolved'],
    ['an indicator the commune never reports (received, seed 000)', 'Xã Cộng Lạc', '2022-Q2', 'dossiers_received'],
    ['Q1, which has nothing to be derived from', 'Xã Cộng Lạc', '2022-Q1', 'dossiers_resolved'],
    ['a stock without the report ending the same month', 'Xã Cộng Lạc', '2022-Q3', 'staff_total'],
    ['an unknown commune', 'Xã Không Có', '2022-H1', 'dossiers_resolved'],
  ])('is missing for %s', (_, commune, period, code) => {
    expect(baseValue(seeds, commune, periodOf(period), code)).toEqual({ status: 'missing' });
  });
});

describe('indicatorValue', () => {
  it.each<[string, string, IndicatorCode, number, number, string]>([
    ['Cộng Lạc on-time rate is 1589 ÷ 1590', 'Xã Cộng Lạc', 'on_time_rate', 1589, 1590, '99,9\u00A0%'],
    ['Bình Lãng plan completion is 14 ÷ 33 (not its reported 63,6 %)', 'Xã Bình Lãng', 'plan_completion_rate', 14, 33, '42,4\u00A0%'],
    ['Bình Lãng online rate is 170 ÷ 738', 'Xã Bình Lãng', 'online_rate', 170, 738, '23,0\u00A0%'],
    ['Bình Lãng staffing fill is 20 ÷ 20', 'Xã Bình Lãng', 'staffing_fill', 20, 20, '100,0\u00A0%'],
  ])('%s', (_, commune, code, numerator, denominator, shown) => {
    const r = indicatorValue(seeds, commune, periodOf('2022-H1'), code);
    expect(r).toEqual({ value: (numerator / denominator) * 100, numerator, denominator, lowerBound: false, source: 'reported', note: null });
    expect(formatIndicatorValue(code, r.value, r.lowerBound)).toBe(shown);
  });

  it('sums the numerator parts (level 3 + level 4 procedures)', () => {
    const ds = datasetOf([{ commune: 'Xã Cộng Lạc', period: '2022-H1', values: { procedures_online_full: 10, procedures_online_partial: 47, procedures_total: 169 } }]);
    expect(indicatorValue(ds, 'Xã Cộng Lạc', periodOf('2022-H1'), 'online_procedure_share')).toMatchObject({ value: (57 / 169) * 100, numerator: 57 });
  });

  it.each<[string, string, IndicatorCode]>([
    ['Cộng Lạc online rate: received not reported', 'Xã Cộng Lạc', 'online_rate'],
    ['Cộng Lạc online procedure share: level 4 count not reported', 'Xã Cộng Lạc', 'online_procedure_share'],
    ['Cộng Lạc staffing fill: quota not reported', 'Xã Cộng Lạc', 'staffing_fill'],
  ])('is missing, not 0, when any part is missing: %s', (_, commune, code) => {
    const r = indicatorValue(seeds, commune, periodOf('2022-H1'), code);
    expect(r.value).toBeNull();
    expect(r.note).toBeNull();
    expect(formatIndicatorValue(code, r.value, r.lowerBound)).toBe('—');
  });

  it('is null with a note when the denominator is 0', () => {
    const ds = datasetOf([{ commune: 'Xã Bình Lãng', period: '2022-H1', values: { feedback_received: 0, feedback_resolved: 0 } }]);
    const r = indicatorValue(ds, 'Xã Bình Lãng', periodOf('2022-H1'), 'feedback_resolution_rate');
    expect(r).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(r.note).toBe('Không tính được tỷ lệ: Tổng số phản ánh kiến nghị (PAKN) về quy định TTHC đã tiếp nhận bằng 0');
  });

  it('computes a derived quarter from derived parts and says so', () => {
    const r = indicatorValue(series, LOC_THUY, periodOf('2022-Q2'), 'on_time_rate');
    expect(r).toMatchObject({ value: ((915 - 394) / (940 - 406)) * 100, numerator: 915 - 394, denominator: 940 - 406, source: 'derived', note: null });
  });

  it('carries the reason when a part cannot be derived', () => {
    const r = indicatorValue(seeds, 'Xã Cộng Lạc', periodOf('2022-Q2'), 'on_time_rate');
    expect(r.value).toBeNull();
    expect(r.note).toMatch(/^Không thể suy ra: thiếu số liệu kỳ Quý I\/2022/);
  });

  it('returns a base indicator as is, with a lower bound', () => {
    expect(indicatorValue(seeds, 'Xã Đại Hợp', periodOf('2021-9M'), 'satisfaction_rate')).toEqual({
      value: 95, numerator: null, denominator: null, lowerBound: true, source: 'reported', note: null,
    });
    expect(indicatorValue(series, LOC_THUY, periodOf('2022-Q2'), 'satisfaction_rate')).toMatchObject({ value: null, note: 'Không thể suy ra tỷ lệ từ số lũy kế' });
  });
});

describe('availablePeriods', () => {
  it('lists reported periods in order and no derived quarter when no commune reported both sides', () => {
    expect(availablePeriods(seeds)).toEqual([
      { period: '2021-9M', source: 'reported', from: ['2021-9M'] },
      { period: '2022-Q1', source: 'reported', from: ['2022-Q1'] },
      { period: '2022-H1', source: 'reported', from: ['2022-H1'] },
    ]);
  });

  it('adds the discrete quarters some commune can derive from year-to-date reports', () => {
    expect(availablePeriods(series).map((p) => [p.period, p.source, p.from.join('−')])).toEqual([
      ['2022-Q1', 'reported', '2022-Q1'],
      ['2022-Q2', 'derived', '2022-H1−2022-Q1'],
      ['2022-H1', 'reported', '2022-H1'],
      ['2022-Q3', 'derived', '2022-9M−2022-H1'],
      ['2022-9M', 'reported', '2022-9M'],
      ['2023-Q1', 'reported', '2023-Q1'],
      ['2023-Q2', 'reported', '2023-Q2'],
      ['2023-H1', 'reported', '2023-H1'],
      ['2023-Q3', 'reported', '2023-Q3'],
    ]);
  });
});
