import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS } from '../domain/targets';
import { datasetOf, periodOf } from '../../tests/support/reports';
import { buildLeagueRows, countByStatus, leagueCsvRows, missingCommunes, periodsOfCommune, reportingCommunes } from './league';
import { parseSort, sortRows } from './LeagueTable';

// Lộc Thủy and Cổ Thành as in their Q1 2022 seed reports; their H1 figures and
// the other communes' are made up around the seeds' sizes.
const dataset = datasetOf([
  { commune: 'Xã Lộc Thủy', period: '2022-Q1', values: { dossiers_resolved: 406, dossiers_resolved_on_time: 394, staff_total: 21 } },
  { commune: 'Phường Cổ Thành', period: '2022-Q1', values: { dossiers_resolved: 670, dossiers_resolved_on_time: 670, staff_total: 18 } },
  { commune: 'Xã Bình Lãng', period: '2022-Q1', values: { dossiers_resolved: 300, dossiers_resolved_on_time: 290 } },
  { commune: 'Xã Lộc Thủy', period: '2022-H1', values: { dossiers_resolved: 900, dossiers_resolved_on_time: 880, staff_total: 21 } },
  { commune: 'Phường Cổ Thành', period: '2022-H1', values: { dossiers_resolved: 1300, dossiers_resolved_on_time: 1300 } },
  { commune: 'Xã Cộng Lạc', period: '2022-H1', values: { dossiers_resolved: 1590, dossiers_resolved_on_time: 1589 } },
  { commune: 'Xã Đại Hợp', period: '2022-H1', values: { dossiers_received: 1992 } },
]);
const Q1 = periodOf('2022-Q1');
const Q2 = periodOf('2022-Q2');
const H1 = periodOf('2022-H1');
const onTimeTarget = DEFAULT_TARGETS.find((t) => t.indicator === 'on_time_rate');

describe('reporting communes', () => {
  it('a period with three communes reported shows those three and lists the rest as missing', () => {
    expect(reportingCommunes(dataset, Q1).map((c) => c.name)).toEqual(['Xã Lộc Thủy', 'Phường Cổ Thành', 'Xã Bình Lãng']);
    expect(missingCommunes(dataset, Q1).map((c) => c.name)).toEqual(['Xã Cộng Lạc', 'Xã Đại Hợp']);
  });

  it('a derived quarter (Q2 = H1 − Q1) counts every commune with a report behind it', () => {
    expect(reportingCommunes(dataset, Q2).map((c) => c.name).sort()).toEqual(
      ['Phường Cổ Thành', 'Xã Bình Lãng', 'Xã Cộng Lạc', 'Xã Đại Hợp', 'Xã Lộc Thủy'].sort(),
    );
    expect(periodsOfCommune(dataset, [Q1, Q2, H1], 'Xã Cộng Lạc')).toEqual([Q2, H1]);
    expect(periodsOfCommune(dataset, [Q1, Q2, H1], 'Xã Bình Lãng')).toEqual([Q1, Q2]);
  });
});

describe('buildLeagueRows', () => {
  it('ranks a derived quarter from H1 − Q1 and says why a commune cannot be derived', () => {
    const rows = buildLeagueRows({ dataset, period: Q2, previousPeriod: Q1, code: 'on_time_rate', target: onTimeTarget });
    const byName = new Map(rows.map((r) => [r.name, r]));
    // Lộc Thủy Q2: (880 − 394) / (900 − 406) = 486 / 494; Cổ Thành: 630 / 630.
    expect(byName.get('Xã Lộc Thủy')).toMatchObject({ numerator: 486, denominator: 494, rank: 2, status: 'near' });
    expect(byName.get('Phường Cổ Thành')).toMatchObject({ numerator: 630, denominator: 630, value: 100, rank: 1, status: 'met' });
    // Cộng Lạc sent H1 only: its Q2 flow is not known, and the row says so.
    const congLac = byName.get('Xã Cộng Lạc');
    expect(congLac?.value).toBeNull();
    expect(congLac?.rank).toBeNull();
    expect(congLac?.note).toEqual(expect.stringContaining('Quý I/2022'));
    expect(countByStatus(rows)).toEqual({ met: 1, near: 1, behind: 0, no_data: 3, none: 0 });
  });

  it('measures change as current − previous and improvement in the better direction', () => {
    const rows = buildLeagueRows({ dataset, period: H1, previousPeriod: Q1, code: 'on_time_rate', target: onTimeTarget });
    const locThuy = rows.find((r) => r.name === 'Xã Lộc Thủy');
    expect(locThuy?.change).toBeCloseTo((880 / 900) * 100 - (394 / 406) * 100, 10);
    expect(locThuy?.improvement).toBeCloseTo(locThuy?.change ?? Number.NaN, 10);
    const late = buildLeagueRows({ dataset, period: H1, previousPeriod: Q1, code: 'dossiers_resolved', target: undefined });
    expect(late.every((r) => r.status === null)).toBe(true);
  });

  it('exports the contract header and full-precision values', () => {
    const rows = buildLeagueRows({ dataset, period: H1, previousPeriod: null, code: 'on_time_rate', target: onTimeTarget });
    expect(leagueCsvRows(rows, H1, 'on_time_rate')).toEqual([
      ['commune_code', 'commune_name', 'period', 'indicator', 'value', 'rank', 'status'],
      ['', 'Phường Cổ Thành', '2022-H1', 'on_time_rate', 100, 1, 'met'],
      ['', 'Xã Cộng Lạc', '2022-H1', 'on_time_rate', (1589 / 1590) * 100, 2, 'near'],
      ['', 'Xã Lộc Thủy', '2022-H1', 'on_time_rate', (880 / 900) * 100, 3, 'near'],
      ['', 'Xã Đại Hợp', '2022-H1', 'on_time_rate', null, null, 'no_data'],
    ]);
  });
});

describe('sort state in the URL', () => {
  it.each([
    [null, { key: 'hang', reversed: false }],
    ['thay-doi', { key: 'thay-doi', reversed: false }],
    ['-thay-doi', { key: 'thay-doi', reversed: true }],
    ['khong-co', { key: 'hang', reversed: false }],
  ] as const)('reads sap-xep=%s', (text, sort) => {
    expect(parseSort(text)).toEqual(sort);
  });

  it('keeps missing values last in both directions', () => {
    const rows = buildLeagueRows({ dataset, period: H1, previousPeriod: null, code: 'on_time_rate', target: onTimeTarget });
    expect(sortRows(rows, { key: 'gia-tri', reversed: false }).map((r) => r.name).at(-1)).toBe('Xã Đại Hợp');
    expect(sortRows(rows, { key: 'gia-tri', reversed: true }).map((r) => r.name)).toEqual([
      'Xã Lộc Thủy',
      'Xã Cộng Lạc',
      'Phường Cổ Thành',
      'Xã Đại Hợp',
    ]);
  });
});
