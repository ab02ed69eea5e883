// The import in progress: files chosen, their plans and the officer's
// decisions. Neither stored data nor view state, so it lives in zustand
// (STYLE.md) and survives a visit to another page. Plans hold typed arrays
// only; no row arrays ever reach React state. What the files would store,
// together, is derived from this state by src/import/together.ts.
import { useMemo } from 'react';
import { create } from 'zustand';
import { loadPeriods, type ImportMeta } from '../../db';
import type { MergePolicy, PeriodTable } from '../../domain/period-table';
import type { PeriodCode } from '../../domain/types';
import { isAbortError } from '../../import/cancel';
import { readiness, type Decision } from '../../import/decisions';
import { pairKey, together, type ConflictChoices, type Together, type TogetherFile } from '../../import/together';
import type { ImportContext, ImportPlan, ImportProgress } from '../../import/types';
import { markImportStart } from '../../ui/instrumentation';
import { setUnsavedWork } from '../../ui/unsaved-work';
import { afterStoring, errorMessage, importContext, isFirstImport, parseFile, storeBatch, warmImportWorker, type ContextOptions } from './pipeline';

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
  /** How the file meets stored reports: it sets its values and keeps the others, unless the officer chose to replace. */
  readonly policy: MergePolicy;
  readonly stored: ImportMeta | null;
}

/** What the files are compared with: the communes and remembered names known, and the stored tables of their periods. */
export interface SessionBase {
  readonly context: Pick<ImportContext, 'knownCommunes' | 'aliases'>;
  readonly stored: ReadonlyMap<PeriodCode, PeriodTable>;
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
  readonly base: SessionBase | null;
  /** Which file wins where two files give one value differently, by pairKey. */
  readonly choices: ConflictChoices;
  readonly committing: boolean;
  readonly outcome: CommitOutcome | null;
  addFiles(files: readonly File[]): void;
  rerun(id: number, options: ContextOptions): void;
  cancel(id: number): void;
  remove(id: number): void;
  decide(id: number, communeKey: number, decision: Decision): void;
  setSkipErrors(id: number, value: boolean): void;
  setPolicy(id: number, policy: MergePolicy): void;
  /** Where files `a` and `b` disagree, keep `winner`'s values. */
  chooseWinner(a: number, b: number, winner: number): void;
  commitAll(): Promise<void>;
  clear(): void;
}

const cancels = new Map<number, () => void>();
/** Cancel pressed before the worker started (while known communes were being read). */
const cancelRequested = new Set<number>();
let nextId = 1;
/** Files are read one after another: two cores are shared with the page, and a folder may hold 50 files. */
let queue: Promise<void> = Promise.resolve();

/** Files whose plan can be stored as it is or once the officer accepts leaving out rows in error. */
function candidates(entries: readonly FileEntry[]): FileEntry[] {
  return entries.filter((e) => {
    if (e.state !== 'ready' || !e.plan) return false;
    const ready = readiness(e.plan, e.skipErrors);
    return ready.ok || ready.reason === 'errors_not_accepted';
  });
}

function togetherFiles(entries: readonly FileEntry[]): TogetherFile[] {
  return candidates(entries).map((e) => ({ key: e.id, plan: e.plan as ImportPlan, decisions: e.decisions, policy: e.policy }));
}

/** What the candidate files would store, together (null until the stored data they meet is read). */
export function useTogether(): Together | null {
  const entries = useImportSession((s) => s.entries);
  const base = useImportSession((s) => s.base);
  const choices = useImportSession((s) => s.choices);
  return useMemo(() => (base ? together(togetherFiles(entries), base.context, base.stored, choices) : null), [entries, base, choices]);
}

async function readBase(entries: readonly FileEntry[]): Promise<SessionBase> {
  const periods = candidates(entries).flatMap((e) => e.plan?.periods ?? []);
  const [context, stored] = await Promise.all([importContext(), loadPeriods(periods)]);
  return { context: { knownCommunes: context.knownCommunes, aliases: context.aliases }, stored };
}

export const useImportSession = create<SessionState>()((set, get) => {
  const patch = (id: number, change: Partial<FileEntry>) =>
    set((s) => ({ entries: s.entries.map((e) => (e.id === id ? { ...e, ...change } : e)) }));
  const entry = (id: number) => get().entries.find((e) => e.id === id);

  /** The stored data the files meet, read again (a file became ready, or something was stored). */
  async function refreshBase(): Promise<void> {
    const base = await readBase(get().entries).catch(() => null);
    if (base) set({ base });
  }

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
      if (!entry(id)) return; // removed meanwhile
      patch(id, { state: 'ready', plan, progress: null, decisions: new Map(), skipErrors: false });
      await refreshBase();
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

  return {
    entries: [],
    base: null,
    choices: new Map(),
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
        policy: 'overlay',
        stored: null,
      }));
      set((s) => ({ entries: [...s.entries.filter((e) => e.state !== 'stored'), ...added], outcome: null }));
      for (const e of added) enqueue(e.id);
    },

    rerun(id, options) {
      const current = entry(id);
      if (!current || current.state === 'parsing' || current.state === 'stored') return;
      patch(id, { state: 'queued', options: { ...current.options, ...options }, plan: null });
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

    setPolicy(id, policy) {
      patch(id, { policy });
    },

    chooseWinner(a, b, winner) {
      set((s) => ({ choices: new Map(s.choices).set(pairKey(a, b), winner) }));
    },

    async commitAll() {
      if (get().committing) return;
      set({ committing: true, outcome: null });
      // Compared with what is stored now, exactly as the preview compared them.
      const base = await readBase(get().entries).catch(() => get().base);
      const state = get();
      const planned = base ? together(togetherFiles(state.entries), base.context, base.stored, state.choices) : null;
      const blocked = new Set([...(planned?.unsettled ?? []).flat(), ...[...(planned?.files ?? new Map()).entries()].filter(([, f]) => f.refusal !== null).map(([key]) => key)]);
      const toStore = candidates(state.entries).filter((e) => e.plan && readiness(e.plan, e.skipErrors).ok && !blocked.has(e.id));
      if (!planned || toStore.length === 0) {
        set({ committing: false });
        return;
      }
      const firstImport = await isFirstImport();
      const stored: ImportMeta[] = [];
      const failed: { fileName: string; message: string }[] = [];
      for (const e of toStore) {
        const outcome = planned.files.get(e.id);
        if (!outcome || !e.plan) continue;
        try {
          const meta = await storeBatch(outcome.batch, [{ plan: e.plan, decisions: e.decisions, skipErrors: e.skipErrors }]);
          stored.push(meta);
          patch(e.id, { state: 'stored', stored: meta, plan: null });
        } catch (error) {
          failed.push({ fileName: e.file.name, message: errorMessage(error) });
          patch(e.id, { state: 'store_failed', error: errorMessage(error) });
        }
      }
      const after = stored.length > 0 ? await afterStoring(firstImport) : { backupReminder: false };
      set({ committing: false, outcome: { stored, failed, ...after } });
      await refreshBase();
    },

    clear() {
      for (const stop of cancels.values()) stop();
      set({ entries: [], outcome: null, choices: new Map() });
    },
  };
});

// Files being read, previews not yet stored and a commit under way are lost
// by a reload: the shell does not reload the page for a new version meanwhile.
useImportSession.subscribe((s) =>
  setUnsavedWork('import', s.committing || s.entries.some((e) => e.state === 'queued' || e.state === 'parsing' || e.state === 'ready')),
);

/** The commit button's state over every file of the session. */
export function commitSummary(
  entries: readonly FileEntry[],
  set: Together | null,
): {
  readonly valueCount: number;
  readonly files: number;
  readonly blocked: readonly FileEntry[];
  readonly conflicted: readonly FileEntry[];
  readonly busy: boolean;
} {
  let valueCount = 0;
  let files = 0;
  const blocked: FileEntry[] = [];
  const conflicted = new Set((set?.unsettled ?? []).flat());
  let busy = set === null && entries.some((e) => e.state === 'ready');
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
    else if (conflicted.has(e.id) || set?.files.get(e.id)?.refusal) blocked.push(e);
  }
  return { valueCount, files, blocked, conflicted: entries.filter((e) => conflicted.has(e.id)), busy };
}

/** Test helper: a fresh session. */
export function resetImportSessionForTests(): void {
  cancels.clear();
  cancelRequested.clear();
  queue = Promise.resolve();
  useImportSession.setState({ entries: [], base: null, choices: new Map(), committing: false, outcome: null });
}
