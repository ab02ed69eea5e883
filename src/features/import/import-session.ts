// The import in progress: files chosen, their plans and the officer's
// decisions. Neither stored data nor view state, so it lives in zustand
// (STYLE.md) and survives a visit to another page. Plans hold typed arrays
// only; no row arrays ever reach React state.
import { create } from 'zustand';
import { existingReports, type ImportMeta } from '../../db';
import { readiness, type Decision } from '../../import/decisions';
import type { ImportPlan, ImportProgress } from '../../import/types';
import { markImportStart } from '../../ui/instrumentation';
import { isAbortError } from '../../import/cancel';
import { afterStoring, errorMessage, importContext, isFirstImport, parseFile, storeFiles, warmImportWorker, type ContextOptions } from './pipeline';

export type EntryState = 'queued' | 'parsing' | 'ready' | 'failed' | 'cancelled' | 'stored' | 'store_failed';

export interface FileEntry {
  readonly id: number;
  readonly file: File;
  readonly options: ContextOptions;
  readonly state: EntryState;
  readonly progress: ImportProgress | null;
  readonly plan: ImportPlan | null;
  /** Why reading or storing failed, in Vietnamese when it came from our code. */
  readonly error: string | null;
  readonly decisions: ReadonlyMap<number, Decision>;
  /** The explicit choice to store the valid rows only. */
  readonly skipErrors: boolean;
  /** Reports (`reportKey`s) already stored for the file's periods; null until known. */
  readonly existing: ReadonlySet<string> | null;
  readonly stored: ImportMeta | null;
}

export interface CommitOutcome {
  readonly stored: readonly ImportMeta[];
  readonly failed: readonly { readonly fileName: string; readonly message: string }[];
  /** Answer to the persistent-storage request made on the first import; undefined when not asked this time. */
  readonly persistence?: boolean | null;
  /** The last backup is older than the data just stored. */
  readonly backupReminder: boolean;
}

interface SessionState {
  readonly entries: readonly FileEntry[];
  readonly committing: boolean;
  readonly outcome: CommitOutcome | null;
  addFiles(files: readonly File[]): void;
  rerun(id: number, options: ContextOptions): void;
  cancel(id: number): void;
  remove(id: number): void;
  decide(id: number, communeKey: number, decision: Decision): void;
  setSkipErrors(id: number, value: boolean): void;
  commitAll(): Promise<void>;
  clear(): void;
}

const cancels = new Map<number, () => void>();
/** Cancel pressed before the worker started (while known communes were being read). */
const cancelRequested = new Set<number>();
let nextId = 1;
/** Files are read one after another: two cores are shared with the page, and a folder may hold 50 files. */
let queue: Promise<void> = Promise.resolve();

export const useImportSession = create<SessionState>()((set, get) => {
  const patch = (id: number, change: Partial<FileEntry>) =>
    set((s) => ({ entries: s.entries.map((e) => (e.id === id ? { ...e, ...change } : e)) }));
  const entry = (id: number) => get().entries.find((e) => e.id === id);

  async function run(id: number): Promise<void> {
    const current = entry(id);
    if (!current || current.state !== 'queued') return;
    patch(id, { state: 'parsing', progress: null, error: null });
    try {
      const context = await importContext(current.options);
      const handle = parseFile(current.file, context, (progress) => patch(id, { progress }));
      if (get().entries.some((e) => e.state === 'queued')) warmImportWorker(); // the next file's
      cancels.set(id, handle.cancel);
      if (cancelRequested.delete(id)) handle.cancel();
      const plan = await handle.result;
      const existing = plan.fatal ? new Set<string>() : await existingReports(plan.periods);
      if (!entry(id)) return; // removed meanwhile
      patch(id, { state: 'ready', plan, existing, progress: null, decisions: new Map(), skipErrors: false });
    } catch (error) {
      if (entry(id)) patch(id, isAbortError(error) ? { state: 'cancelled', progress: null } : { state: 'failed', error: errorMessage(error), progress: null });
    } finally {
      cancels.delete(id);
      cancelRequested.delete(id);
    }
  }

  function enqueue(id: number): void {
    queue = queue.then(() => run(id));
  }

  async function refreshExisting(): Promise<void> {
    for (const e of get().entries) {
      if (e.state === 'ready' && e.plan && !e.plan.fatal) patch(e.id, { existing: await existingReports(e.plan.periods) });
    }
  }

  return {
    entries: [],
    committing: false,
    outcome: null,

    addFiles(files) {
      if (files.length === 0) return;
      markImportStart();
      const added: FileEntry[] = files.map((file) => ({
        id: nextId++,
        file,
        options: {},
        state: 'queued',
        progress: null,
        plan: null,
        error: null,
        decisions: new Map(),
        skipErrors: false,
        existing: null,
        stored: null,
      }));
      set((s) => ({ entries: [...s.entries.filter((e) => e.state !== 'stored'), ...added], outcome: null }));
      for (const e of added) enqueue(e.id);
    },

    rerun(id, options) {
      const current = entry(id);
      if (!current || current.state === 'parsing' || current.state === 'stored') return;
      patch(id, { state: 'queued', options: { ...current.options, ...options }, plan: null, existing: null });
      markImportStart();
      enqueue(id);
    },

    cancel(id) {
      const stop = cancels.get(id);
      const state = entry(id)?.state;
      if (stop) stop();
      else if (state === 'queued') patch(id, { state: 'cancelled' });
      else if (state === 'parsing') cancelRequested.add(id);
    },

    remove(id) {
      cancels.get(id)?.();
      set((s) => ({ entries: s.entries.filter((e) => e.id !== id) }));
    },

    decide(id, communeKey, decision) {
      const current = entry(id);
      if (!current) return;
      const decisions = new Map(current.decisions);
      decisions.set(communeKey, decision);
      patch(id, { decisions });
    },

    setSkipErrors(id, value) {
      patch(id, { skipErrors: value });
    },

    async commitAll() {
      const toStore = get().entries.filter((e) => e.state === 'ready' && e.plan && readiness(e.plan, e.skipErrors).ok);
      if (toStore.length === 0 || get().committing) return;
      set({ committing: true, outcome: null });
      const firstImport = await isFirstImport();
      const stored: ImportMeta[] = [];
      const failed: { fileName: string; message: string }[] = [];
      for (const e of toStore) {
        const plan = e.plan;
        if (!plan) continue;
        try {
          const meta = await storeFiles([{ plan, decisions: e.decisions, skipErrors: e.skipErrors }]);
          stored.push(meta);
          patch(e.id, { state: 'stored', stored: meta, plan: null, existing: null });
        } catch (error) {
          failed.push({ fileName: e.file.name, message: errorMessage(error) });
          patch(e.id, { state: 'store_failed', error: errorMessage(error) });
        }
      }
      const after = stored.length > 0 ? await afterStoring(firstImport) : { backupReminder: false };
      set({ committing: false, outcome: { stored, failed, ...after } });
      await refreshExisting();
    },

    clear() {
      for (const stop of cancels.values()) stop();
      set({ entries: [], outcome: null });
    },
  };
});

/** The commit button's state over every file of the session. */
export function commitSummary(entries: readonly FileEntry[]): {
  readonly valueCount: number;
  readonly files: number;
  readonly blocked: readonly FileEntry[];
  readonly busy: boolean;
} {
  let valueCount = 0;
  let files = 0;
  const blocked: FileEntry[] = [];
  let busy = false;
  for (const e of entries) {
    if (e.state === 'queued' || e.state === 'parsing') busy = true;
    if (e.state !== 'ready' || !e.plan) continue;
    const ready = readiness(e.plan, e.skipErrors);
    // A file waiting for the skip-errors choice still counts: the button says what will be stored once it is made.
    if (ready.ok || ready.reason === 'errors_not_accepted') {
      valueCount += e.plan.valueCount;
      files++;
    }
    if (!ready.ok && (ready.reason === 'errors_not_accepted' || ready.reason === 'needs_input')) blocked.push(e);
  }
  return { valueCount, files, blocked, busy };
}

/** Test helper: a fresh session. */
export function resetImportSessionForTests(): void {
  cancels.clear();
  cancelRequested.clear();
  queue = Promise.resolve();
  useImportSession.setState({ entries: [], committing: false, outcome: null });
}
