// Helpers for the storage tests: a fresh database per test and import inputs
// built from the seed reports. Not used by the app.
import { COLUMNS, emptyTable, rowOf, type PeriodTable } from '../../src/domain/period-table';
import { baseColumn } from '../../src/domain/catalog';
import { periodOf, SEED_REPORTS, type TestReport } from './reports';
import { FLAG_LOWER_BOUND, type BaseCode, type Commune, type PeriodCode } from '../../src/domain/types';
import { openDatabase, replaceDatabase } from '../../src/db/connection';
import { resetDbHealthForTests } from '../../src/db/health';
import type { ImportBatch } from '../../src/domain/import-batch';
import { loadDataset } from '../../src/db/repository';
import type { CchcDb, CchcDbOptions } from '../../src/db/schema';

export { replaceDatabase };

let counter = 0;

/** A new, empty database under a name no other test uses, made the repository's default. */
export function freshDb(options: CchcDbOptions = {}): CchcDb {
  counter++;
  const db = openDatabase(`cchc-test-${counter}-${Math.random().toString(36).slice(2)}`, options);
  replaceDatabase(db);
  resetDbHealthForTests();
  return db;
}

/** Official codes of the seed communes where the seeds give one (formats.md uses 30715 for Bình Lãng). */
const CODES: Readonly<Record<string, string>> = { 'Xã Bình Lãng': '30715' };

export function communeIdOf(name: string): string {
  return CODES[name] ?? `ten:${name.toLowerCase()}`;
}

export function communeOf(name: string): Commune {
  const type = name.startsWith('Phường') ? 'phường' : 'xã';
  return { id: communeIdOf(name), code: CODES[name] ?? null, name, type, parent: 'Huyện Tứ Kỳ' };
}

/** Period tables holding exactly these reports, in the order given. */
export function tablesOf(reports: readonly TestReport[]): PeriodTable[] {
  const byPeriod = new Map<PeriodCode, TestReport[]>();
  for (const report of reports) {
    const period = periodOf(report.period);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), report]);
  }
  return [...byPeriod].map(([period, list]) => {
    const table = emptyTable(period, list.map((r) => communeIdOf(r.commune)));
    list.forEach((report, row) => {
      for (const [code, value] of Object.entries(report.values)) {
        table.values[row * COLUMNS + baseColumn(code as BaseCode)] = value;
      }
      for (const code of report.lowerBound ?? []) {
        const i = row * COLUMNS + baseColumn(code);
        table.flags[i] = (table.flags[i] ?? 0) | FLAG_LOWER_BOUND;
      }
    });
    return table;
  });
}

/** An import of these reports, creating their communes. */
export function inputOf(reports: readonly TestReport[], fileName = 'bao-cao.csv'): ImportBatch {
  const names = [...new Set(reports.map((r) => r.commune))];
  return {
    fileName,
    hash: `hash-of-${fileName}`,
    byteLength: 1000 + reports.length,
    layout: 'wide',
    encoding: 'utf-8',
    newCommunes: names.map(communeOf),
    aliases: names.map((name) => ({ alias: name.toLowerCase(), communeId: communeIdOf(name) })),
    namesAsWritten: [],
    tables: tablesOf(reports),
    policy: 'replace',
  };
}

export function seed(commune: string): TestReport {
  const report = SEED_REPORTS.find((r) => r.commune === commune);
  if (!report) throw new Error(`no seed report for ${commune}`);
  return report;
}

/** The seed reports repeated over `count` consecutive periods (Q1, H1, 9M, Y of 2019…), for tests that need many writes. */
export function manyPeriods(count: number, communes: readonly string[]): TestReport[] {
  const parts = ['Q1', 'H1', '9M', 'Y'] as const;
  const out: TestReport[] = [];
  for (let i = 0; i < count; i++) {
    const period = `${2019 + Math.floor(i / 4)}-${parts[i % 4]}`;
    for (const name of communes) out.push({ ...seed(name), period });
  }
  return out;
}

/** The five seed reports, one per commune. */
export const ALL_SEEDS: readonly TestReport[] = ['Xã Cộng Lạc', 'Xã Bình Lãng', 'Xã Đại Hợp', 'Xã Lộc Thủy', 'Phường Cổ Thành'].map(seed);

/** Bình Lãng's H1 2022 file corrected: 21 of 33 plan tasks done, the count its reported 63,6 % implies. */
export const BINH_LANG_CORRECTED: TestReport = {
  ...seed('Xã Bình Lãng'),
  values: { plan_tasks_total: 33, plan_tasks_done: 21, plan_completion_reported: 63.6 },
};

/** One stored value as loadDataset gives it: null when missing, and whether it is a lower bound; null when the row is not stored. */
export async function storedValue(commune: string, period: string, code: BaseCode): Promise<{ value: number | null; lowerBound: boolean } | null> {
  const dataset = await loadDataset();
  const table = dataset.tables.get(periodOf(period));
  if (!table) return null;
  const row = rowOf(table, communeIdOf(commune));
  if (row === undefined) return null;
  const i = row * COLUMNS + baseColumn(code);
  const value = table.values[i] ?? Number.NaN;
  return { value: Number.isNaN(value) ? null : value, lowerBound: ((table.flags[i] ?? 0) & FLAG_LOWER_BOUND) !== 0 };
}
