import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSettings, listImports, loadDataset, openDatabase } from '../../db';
import { replaceDatabase } from '../../../tests/support/db';
import { baseColumn } from '../../domain/catalog';
import { COLUMNS, rowOf } from '../../domain/period-table';
import type { BaseCode } from '../../domain/types';
import type { ImportContext } from '../../import/types';
import { DEMO_UNIT_NAME, SEED_UNIT_NAME, loadSampleData, sampleFiles, type SampleFile } from './sample-data';
import { periodOf } from '../../../tests/support/reports';

// The worker's own code, run in the test's thread: the same planFromBytes the worker runs.
vi.mock('../../import/client', async () => {
  const { planFromBytes } = await import('../../import/plan');
  return {
    startImport: (file: File, context: ImportContext) => ({
      result: file.arrayBuffer().then((buffer) => planFromBytes(new Uint8Array(buffer), file.name, context)),
      cancel: () => undefined,
    }),
  };
});

const ROOT = resolve(__dirname, '../../..');

/** Sample files served from the repository, as Vite serves them in the app. */
function fromDisk(files: readonly SampleFile[]): SampleFile[] {
  return files.map((f) => ({ name: f.name, url: resolve(ROOT, f.url.replace(/^\//, '').replace(/\?.*$/, '')) }));
}

let dbCount = 0;

beforeEach(() => {
  replaceDatabase(openDatabase(`sample-data-test-${++dbCount}-${Date.now()}`));
  vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(readFileSync(url))));
});

afterEach(() => {
  vi.unstubAllGlobals();
  replaceDatabase(null);
});

async function valueOf(commune: string, period: string, code: BaseCode): Promise<number | null> {
  const dataset = await loadDataset();
  const table = dataset.tables.get(periodOf(period));
  const row = table ? rowOf(table, commune) : undefined;
  if (!table || row === undefined) return null;
  const v = table.values[row * COLUMNS + baseColumn(code)];
  return v === undefined || Number.isNaN(v) ? null : v;
}

describe('sampleFiles', () => {
  it('finds the eight demonstration files, in name order', () => {
    const names = sampleFiles('demo').map((f) => f.name);
    expect(names).toHaveLength(8);
    expect(names[0]).toBe('huyen-minh-hoa-2023-9M.csv');
    expect(names).toContain('huyen-minh-hoa-2024-Y.csv');
  });

  it('finds the six seed files', () => {
    expect(sampleFiles('seeds').map((f) => f.name)).toEqual([
      '000-xa-cong-lac-2022-H1-long.csv',
      '001-xa-binh-lang-2022-H1-bieu-mau.csv',
      '001-xa-binh-lang-2022-H1-bo-sung.csv',
      '002-xa-dai-hop-2021-9M-windows-1258.csv',
      '003-xa-loc-thuy-2022-Q1-utf16.csv',
      '004-phuong-co-thanh-2022-Q1-long.csv',
    ]);
  });
});

describe('loadSampleData', () => {
  it('stores the five seed reports through the import pipeline as one import', async () => {
    const progress: string[] = [];
    const result = await loadSampleData('seeds', (p) => progress.push(`${p.index}/${p.total} ${p.stage}`), fromDisk(sampleFiles('seeds')));
    expect(result.skipped).toEqual([]);
    expect(result.stored?.periods).toEqual(['2021-9M', '2022-Q1', '2022-H1']);
    expect(progress).toEqual(expect.arrayContaining(['6/6 read', '7/7 store']));
    expect(await listImports()).toHaveLength(1);
    const dataset = await loadDataset();
    expect(dataset.communes).toHaveLength(5);
    const congLac = dataset.communes.find((c) => c.name === 'Xã Cộng Lạc');
    expect(await valueOf(congLac?.id ?? '', '2022-H1', 'dossiers_resolved')).toBe(1590);
    expect(await valueOf(congLac?.id ?? '', '2022-H1', 'dossiers_resolved_on_time')).toBe(1589);
    // Bình Lãng's form and its wide supplement (with code 30715) complete each other in one report.
    const binhLang = dataset.communes.filter((c) => c.name.includes('Bình Lãng'));
    expect(binhLang).toHaveLength(1);
    const id = binhLang[0]?.id ?? '';
    expect(await valueOf(id, '2022-H1', 'plan_tasks_total')).toBe(33);
    expect(await valueOf(id, '2022-H1', 'plan_tasks_done')).toBe(14);
    expect(await valueOf(id, '2022-H1', 'plan_completion_reported')).toBe(63.6);
    expect(await valueOf(id, '2022-H1', 'edu_university')).toBe(18);
    // Đại Hợp's Windows-1258 file: "1.992" is 1992, "trên 95%" a lower bound of 95.
    const daiHop = dataset.communes.find((c) => c.name === 'Xã Đại Hợp');
    expect(await valueOf(daiHop?.id ?? '', '2021-9M', 'dossiers_resolved')).toBe(1992);
    expect(await valueOf(daiHop?.id ?? '', '2021-9M', 'satisfaction_rate')).toBe(95);
    expect((await getSettings()).unitName).toBe(SEED_UNIT_NAME);
  });

  it('stores the demonstration district and labels the unit as illustrative', async () => {
    const result = await loadSampleData('demo', () => undefined, fromDisk(sampleFiles('demo')));
    expect(result.skipped).toEqual([]);
    expect(result.stored?.periods).toHaveLength(8);
    expect(await listImports()).toHaveLength(1);
    const dataset = await loadDataset();
    expect(dataset.communes).toHaveLength(25);
    expect(dataset.tables.size).toBe(8);
    expect((await getSettings()).unitName).toBe(DEMO_UNIT_NAME);
    expect(DEMO_UNIT_NAME).toContain('dữ liệu minh họa');
  });
});
