// One click to see the app with data: the demonstration district (data/demo)
// or the five real seed reports (data/seeds), read and stored through the very
// same path as files the officer chooses (pipeline.ts: worker → plan → the
// gate → one batch → commitImport → persistence). The whole set is stored in
// ONE import: the dashboards never show half a sample (the empty state gives
// way as soon as anything is stored), one undo takes it all back, and files
// that complete each other (seed 001's form and its supplement, both Bình
// Lãng 2022-H1) merge into one report instead of the later replacing the earlier.
import { DEFAULT_SETTINGS, getSettings, listCommunes, saveSettings, type ImportMeta } from '../../db';
import { newCommunesOf, readiness } from '../../import/decisions';
import type { Commune } from '../../domain/types';
import { afterStoring, importContext, isFirstImport, parseFile, storeFiles, type FileToStore } from './pipeline';

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

/** Reads every file of a sample set, then stores them all in one transaction. */
export async function loadSampleData(
  set: SampleSet,
  onProgress: (p: SampleProgress) => void,
  files: readonly SampleFile[] = sampleFiles(set),
): Promise<SampleResult> {
  const firstImport = await isFirstImport();
  const stored = await listCommunes();
  const pending = new Map<string, Commune>(); // communes the set adds, known to the files read after them
  const toStore: FileToStore[] = [];
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
    // The import page's gate, with the officer's defaults: new communes are added, no row in error is left out silently.
    const entry: FileToStore = { plan, decisions: new Map(), skipErrors: false };
    if (!readiness(plan, entry.skipErrors).ok) {
      const first = plan.problems.find((p) => p.severity === 'error');
      skipped.push({ fileName: sample.name, reason: first?.message ?? 'Tệp không có giá trị nào để lưu.' });
      continue;
    }
    for (const c of newCommunesOf(plan, entry.decisions)) pending.set(c.id, c);
    toStore.push(entry);
  }
  if (toStore.length === 0) return { stored: null, skipped };

  onProgress({ fileName: IMPORT_NAME[set], index: files.length + 1, total: files.length + 1, stage: 'store' });
  const meta = await storeFiles(toStore, { name: IMPORT_NAME[set] });
  const settings = await getSettings();
  if (settings.unitName === DEFAULT_SETTINGS.unitName) {
    await saveSettings({ unitName: set === 'demo' ? DEMO_UNIT_NAME : SEED_UNIT_NAME });
  }
  const { persistence } = await afterStoring(firstImport);
  return persistence === undefined ? { stored: meta, skipped } : { stored: meta, skipped, persistence };
}
