// Every sample file in data/ goes through the app's import pipeline with no
// error and yields the values it was written with (data/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_INDICATORS } from '../../src/domain/catalog';
import { planFromBytes } from '../../src/import/plan';
import type { ImportContext, ImportPlan } from '../../src/import/types';
import { LABEL_VI } from '../../data/lib/labels.mjs';

const DATA = join(__dirname, '..', '..', 'data');
const EMPTY: ImportContext = { knownCommunes: [], aliases: [] };

function plan(folder: string, name: string): ImportPlan {
  return planFromBytes(new Uint8Array(readFileSync(join(DATA, folder, name))), name, EMPTY);
}

/** The value stored for one indicator in a one-commune, one-period plan (NaN when missing). */
function valueOf(p: ImportPlan, code: string): number {
  const column = BASE_INDICATORS.findIndex((b) => b.code === code);
  const block = p.blocks[0];
  return block ? (block.values[column] ?? Number.NaN) : Number.NaN;
}

const SEEDS: readonly {
  file: string;
  layout: ImportPlan['layout'];
  encoding: string;
  period: string;
  values: number;
  checks: readonly [string, number][];
}[] = [
  { file: '000-xa-cong-lac-2022-H1-long.csv', layout: 'long', encoding: 'utf-8', period: '2022-H1', values: 19, checks: [['dossiers_resolved', 1590], ['dossiers_resolved_on_time', 1589]] },
  { file: '001-xa-binh-lang-2022-H1-bieu-mau.csv', layout: 'form', encoding: 'utf-8-bom', period: '2022-H1', values: 16, checks: [['plan_completion_reported', 63.6], ['plan_tasks_total', 33], ['plan_tasks_done', 14], ['dossiers_resolved', 738], ['dossiers_received_online', 170]] },
  { file: '001-xa-binh-lang-2022-H1-bo-sung.csv', layout: 'wide', encoding: 'utf-8-bom', period: '2022-H1', values: 12, checks: [['online_accounts', 140], ['pol_intermediate', 16]] },
  { file: '002-xa-dai-hop-2021-9M-windows-1258.csv', layout: 'wide', encoding: 'windows-1258', period: '2021-9M', values: 8, checks: [['dossiers_received', 1992], ['dossiers_resolved_early', 1974], ['satisfaction_rate', 95]] },
  { file: '003-xa-loc-thuy-2022-Q1-utf16.csv', layout: 'wide', encoding: 'utf-16le', period: '2022-Q1', values: 23, checks: [['dossiers_resolved_on_time', 394], ['dossiers_pending_overdue', 19]] },
  { file: '004-phuong-co-thanh-2022-Q1-long.csv', layout: 'long', encoding: 'utf-8-bom', period: '2022-Q1', values: 10, checks: [['dossiers_received', 670], ['edu_university', 17]] },
];

describe('seed files in data/seeds', () => {
  it('are exactly the files listed here', () => {
    expect(readdirSync(join(DATA, 'seeds')).sort()).toEqual(SEEDS.map((s) => s.file).sort());
  });

  it.each(SEEDS)('$file imports as $layout ($encoding) with $values values and no error', ({ file, layout, encoding, period, values, checks }) => {
    const p = plan('seeds', file);
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.fatal).toBe(false);
    expect(p.needs).toEqual({ commune: false, period: false });
    expect(p.layout).toBe(layout);
    expect(p.encoding).toBe(encoding);
    expect(p.periods).toEqual([period]);
    expect(p.communes).toHaveLength(1);
    expect(p.valueCount).toBe(values);
    for (const [code, value] of checks) expect([code, valueOf(p, code)]).toEqual([code, value]);
  });

  it('keeps seed 002 "trên 95%" as 95 marked as a lower bound', () => {
    const p = plan('seeds', '002-xa-dai-hop-2021-9M-windows-1258.csv');
    const column = BASE_INDICATORS.findIndex((b) => b.code === 'satisfaction_rate');
    expect(p.blocks[0]?.flags[column]).toBe(1);
  });

  it('reads the Windows-1258 commune name with its accents (NFC)', () => {
    expect(plan('seeds', '002-xa-dai-hop-2021-9M-windows-1258.csv').communes[0]?.name).toMatch(/Đại Hợp$/);
  });
});

const DEMO_PERIODS = ['2023-Q1', '2023-H1', '2023-9M', '2023-Y', '2024-Q1', '2024-H1', '2024-9M', '2024-Y'];

describe('demonstration district in data/demo', () => {
  // 25 communes × 40 indicators, less the deliberate gaps: one commune never
  // reports received dossiers, two give no plan task counts (2 × 2), and one
  // commune sends no 2024-9M report at all.
  it.each(DEMO_PERIODS.map((period) => ({ period, communes: period === '2024-9M' ? 24 : 25, values: period === '2024-9M' ? 955 : 995 })))(
    '$period imports as wide with $communes communes, $values values and no error',
    ({ period, communes, values }) => {
      const p = plan('demo', `huyen-minh-hoa-${period}.csv`);
      expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
      expect(p.layout).toBe('wide');
      expect(p.encoding).toBe('utf-8-bom');
      expect(p.separator).toBe(';');
      expect(p.numberConvention).toBe('vi');
      expect(p.periods).toEqual([period]);
      expect(p.communes).toHaveLength(communes);
      expect(p.valueCount).toBe(values);
      expect(p.columns.filter((c) => c.match.kind === 'unmatched')).toEqual([]);
    },
  );

  it('makes 2023-Q3 derivable: 9M minus H1 is a non-negative quarter for every flow', () => {
    const h1 = plan('demo', 'huyen-minh-hoa-2023-H1.csv').blocks[0];
    const m9 = plan('demo', 'huyen-minh-hoa-2023-9M.csv').blocks[0];
    const resolved = BASE_INDICATORS.findIndex((b) => b.code === 'dossiers_resolved');
    const width = BASE_INDICATORS.length;
    expect(h1 && m9).toBeTruthy();
    for (let row = 0; row < 25; row++) {
      const q3 = (m9?.values[row * width + resolved] ?? Number.NaN) - (h1?.values[row * width + resolved] ?? Number.NaN);
      expect(q3).toBeGreaterThan(0);
    }
  });
});

describe('deliberate disagreements', () => {
  it.each([
    ['seeds', '001-xa-binh-lang-2022-H1-bieu-mau.csv', /63,6\s%/],
    ['demo', 'huyen-minh-hoa-2024-H1.csv', /75(,0)?\s%/],
  ])('%s/%s shows its reported plan completion against its parts as a warning', (folder, file, reported) => {
    const warnings = plan(folder, file).problems.filter((x) => x.severity === 'warning' && x.code === 'check_reported_rate_mismatch');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(reported);
  });
});

describe('data/lib/labels.mjs', () => {
  it('holds the catalog label of every base indicator', () => {
    expect(LABEL_VI).toEqual(Object.fromEntries(BASE_INDICATORS.map((b) => [b.code, b.labelVi])));
  });
});
