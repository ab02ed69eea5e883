import { beforeEach, describe, expect, it } from 'vitest';
import { exportAllLongCsv } from './export-csv';
import { commitImport } from './imports';
import { freshDb, inputOf, seed } from '../../tests/support/db';

const SEEDS = ['Xã Cộng Lạc', 'Xã Bình Lãng', 'Xã Đại Hợp', 'Xã Lộc Thủy', 'Phường Cổ Thành'].map(seed);

beforeEach(async () => {
  freshDb();
  await commitImport(inputOf(SEEDS));
});

function lines(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
}

describe('exportAllLongCsv', () => {
  it('writes the long header and one row per stored value, missing values left out', async () => {
    const rows = lines(await exportAllLongCsv());
    expect(rows[0]).toBe('commune_code,commune_name,period,indicator,value');
    const valueCount = SEEDS.reduce((n, r) => n + Object.keys(r.values).length, 0);
    expect(rows).toHaveLength(1 + valueCount);
  });

  it.each([
    ['30715,Xã Bình Lãng,2022-H1,plan_completion_reported,63.6'],
    ['30715,Xã Bình Lãng,2022-H1,plan_tasks_done,14'],
    [',Xã Cộng Lạc,2022-H1,dossiers_resolved_on_time,1589'],
    [',Xã Đại Hợp,2021-9M,satisfaction_rate,trên 95'],
    [',Phường Cổ Thành,2022-Q1,dossiers_received,670'],
  ])('contains the row %s', async (row) => {
    expect(lines(await exportAllLongCsv())).toContain(row);
  });

  it('orders rows by period, the earliest first', async () => {
    const periods = lines(await exportAllLongCsv()).slice(1).map((l) => l.split(',')[2]);
    expect([...new Set(periods)]).toEqual(['2021-9M', '2022-Q1', '2022-H1']);
  });
});
