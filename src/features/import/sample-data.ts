// One click to see the app with data: the demonstration district (data/demo)
// or the five real seed reports (data/seeds), read through the very same
// pipeline as a file the officer chooses (worker → plan → planToTables →
// commitImport). The whole set is stored in ONE import: the dashboards never
// show half a sample (the empty state gives way as soon as anything is stored),
// one undo takes it all back, and files that complete each other (seed 001's
// form and its supplement, both Bình Lãng 2022-H1) merge into one report
// instead of the later replacing the earlier.
import { commitImport, DEFAULT_SETTINGS, getSettings, listCommunes, listImports, requestPersistence, saveSettings, type ImportMeta } from '../../db';
import { COLUMNS, type PeriodTable } from '../../domain/dataset';
import { sortPeriods } from '../../domain/periods';
import type { Commune, PeriodCode } from '../../domain/types';
import { planToTables } from '../../import/plan';
import type { Layout } from '../../import/types';
import { importContext, parseFile } from './pipeline';
import { communeIdOf, newCommunesOf, type Decision } from './resolution';

export type SampleSet = 'demo' | 'seeds';

// Vite turns each file into a same-origin asset URL (the CSP allows no other origin).
const DEMO_URLS = import.meta.glob('/data/demo/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const SEED_URLS = import.meta.glob('/data/seeds/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The unit name shown in the header while the demonstration district is loaded: it must read as illustrative. */
export const DEMO_UNIT_NAME = 'Huyện Minh Họa (dữ liệu minh họa)';
export const SEED_UNIT_NAME = 'Báo cáo mẫu của năm xã/phường (số liệu thật)';
const IMPORT_NAME: Readonly<Record<SampleSet, string>> = {
  demo: 'Dữ liệu mẫu — Huyện Minh Họa (dữ liệu minh họa)',
  seeds: 'Dữ liệu mẫu — 5 báo cáo thật của các xã',
};

export interface SampleFile {
  readonly name: string;
  readonly url: string;
}

/** The files of a sample set, in name order. */
export function sampleFiles(set: SampleSet, urls: Readonly<Record<string, string>> = set === 'demo' ? DEMO_URLS : SEED_URLS): SampleFile[] {
  return Object.entries(urls)
    .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1), url }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface SampleProgress {
  readonly fileName: string;
  /** 1-based position of the file being read; total + 1 while storing. */
  readonly index: number;
  readonly total: number;
  readonly stage: 'download' | 'read' | 'store';
}

export interface SampleResult {
  /** The single import holding the whole set (undo takes it all back); null when nothing could be read. */
  readonly stored: ImportMeta | null;
  /** Files that could not be used, with the first reason (Vietnamese). */
  readonly skipped: readonly { readonly fileName: string; readonly reason: string }[];
  /** Answer to the persistent-storage request when this was the first import. */
  readonly persistence?: boolean | null;
}

/**
 * Tables of several files as one table per period. A commune-period given by
 * two files keeps every value either gives; where both give a value, the later
 * file's wins (the sample files never disagree).
 */
export function mergePeriodTables(tables: readonly PeriodTable[]): PeriodTable[] {
  const byPeriod = new Map<PeriodCode, PeriodTable[]>();
  for (const t of tables) byPeriod.set(t.period, [...(byPeriod.get(t.period) ?? []), t]);
  return sortPeriods(byPeriod.keys()).map((period) => {
    const parts = byPeriod.get(period) ?? [];
    if (parts.length === 1 && parts[0]) return parts[0];
    const ids: string[] = [];
    const rowOf = new Map<string, number>();
    for (const part of parts) for (const id of part.communeIds) if (!rowOf.has(id)) rowOf.set(id, ids.push(id) - 1);
    const values = new Float64Array(ids.length * COLUMNS).fill(Number.NaN);
    const flags = new Uint8Array(ids.length * COLUMNS);
    for (const part of parts) {
      part.communeIds.forEach((id, r) => {
        const row = rowOf.get(id) ?? 0;
        for (let c = 0; c < COLUMNS; c++) {
          const v = part.values[r * COLUMNS + c] ?? Number.NaN;
          if (Number.isNaN(v)) continue;
          values[row * COLUMNS + c] = v;
          flags[row * COLUMNS + c] = part.flags[r * COLUMNS + c] ?? 0;
        }
      });
    }
    return { period, communeIds: ids, values, flags };
  });
}

/** Reads every file of a sample set, then stores them all in one transaction. */
export async function loadSampleData(
  set: SampleSet,
  onProgress: (p: SampleProgress) => void,
  files: readonly SampleFile[] = sampleFiles(set),
): Promise<SampleResult> {
  const firstImport = (await listImports()).length === 0;
  const stored = await listCommunes();
  const pending = new Map<string, Commune>(); // communes the set adds, known to the files read after them
  const tables: PeriodTable[] = [];
  const hashes: string[] = [];
  const layouts: Layout[] = [];
  const encodings = new Set<string>();
  let byteLength = 0;
  const skipped: { fileName: string; reason: string }[] = [];

  for (const [i, sample] of files.entries()) {
    const step = (stage: SampleProgress['stage']) => onProgress({ fileName: sample.name, index: i + 1, total: files.length, stage });
    step('download');
    const response = await fetch(sample.url);
    if (!response.ok) {
      skipped.push({ fileName: sample.name, reason: `Không tải được tệp mẫu (HTTP ${response.status}).` });
      continue;
    }
    const file = new File([await response.arrayBuffer()], sample.name, { type: 'text/csv' });
    step('read');
    const context = await importContext();
    const known = [...stored, ...pending.values()].map(({ id, code, name }) => ({ id, code, name }));
    const plan = await parseFile(file, { ...context, knownCommunes: known }, () => undefined).result;
    if (plan.fatal || plan.layout === null || plan.needs.commune || plan.needs.period || plan.valueCount === 0) {
      const first = plan.problems.find((p) => p.severity === 'error');
      skipped.push({ fileName: sample.name, reason: first?.message ?? 'Tệp không có giá trị nào để lưu.' });
      continue;
    }
    const decisions = new Map<number, Decision>(); // the defaults: new communes are added
    for (const c of newCommunesOf(plan, decisions)) pending.set(c.id, c);
    tables.push(...planToTables(plan, (fc) => communeIdOf(fc, decisions)));
    hashes.push(plan.hash);
    layouts.push(plan.layout);
    encodings.add(plan.encoding);
    byteLength += plan.byteLength;
  }
  if (tables.length === 0) return { stored: null, skipped };

  onProgress({ fileName: IMPORT_NAME[set], index: files.length + 1, total: files.length + 1, stage: 'store' });
  const meta = await commitImport({
    fileName: IMPORT_NAME[set],
    hash: hashes.join(','),
    byteLength,
    layout: layouts[0] ?? 'wide',
    encoding: [...encodings].join(', '),
    newCommunes: [...pending.values()],
    aliases: [],
    tables: mergePeriodTables(tables),
  });
  const settings = await getSettings();
  if (settings.unitName === DEFAULT_SETTINGS.unitName) {
    await saveSettings({ unitName: set === 'demo' ? DEMO_UNIT_NAME : SEED_UNIT_NAME });
  }
  if (firstImport || !settings.persistAsked) {
    return { stored: meta, skipped, persistence: await requestPersistence().catch(() => null) };
  }
  return { stored: meta, skipped };
}
