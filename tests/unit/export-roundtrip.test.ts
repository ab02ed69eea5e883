// The all-data export read back by the importer: a round trip across the
// storage and the import pipeline, so it lives outside both folders.
import { beforeEach, describe, expect, it } from 'vitest';
import { BASE_CODES } from '../../src/domain/base-indicators';
import { COLUMNS } from '../../src/domain/period-table';
import { planFromBytes } from '../../src/import/plan';
import { exportAllLongCsv } from '../../src/db/export-csv';
import { commitImport } from '../../src/db/imports';
import { loadDataset } from '../../src/db/repository';
import { communeIdOf, freshDb, inputOf, seed } from '../support/db';

const SEEDS = ['Xã Cộng Lạc', 'Xã Bình Lãng', 'Xã Đại Hợp', 'Xã Lộc Thủy', 'Phường Cổ Thành'].map(seed);

beforeEach(async () => {
  freshDb();
  await commitImport(inputOf(SEEDS));
});

describe('exportAllLongCsv', () => {
  it('reads back through the importer into an empty app with identical values and lower bounds', async () => {
    const csv = await exportAllLongCsv();
    const plan = planFromBytes(new TextEncoder().encode(csv), 'du-lieu.csv', { knownCommunes: [], aliases: [] });
    expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plan.layout).toBe('long');
    const stored = await loadDataset();
    const keyToId = new Map(plan.communes.map((c) => [c.key, c.code ?? communeIdOf(c.name)]));
    let compared = 0;
    for (const block of plan.blocks) {
      const table = stored.tables.get(block.period);
      expect(table, block.period).toBeDefined();
      if (!table) continue;
      block.communeIds.forEach((key, row) => {
        const storedRow = table.communeIds.indexOf(keyToId.get(key) ?? '');
        expect(storedRow, `${block.period} ${keyToId.get(key)}`).toBeGreaterThanOrEqual(0);
        for (let c = 0; c < COLUMNS; c++) {
          const label = `${block.period} ${keyToId.get(key)} ${BASE_CODES[c]}`;
          expect(block.values[row * COLUMNS + c], label).toEqual(table.values[storedRow * COLUMNS + c]);
          expect(block.flags[row * COLUMNS + c], label).toBe(table.flags[storedRow * COLUMNS + c]);
          compared++;
        }
      });
    }
    expect(compared).toBe(5 * COLUMNS);
  });
});
