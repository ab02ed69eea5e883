// The main-thread side of an import: one worker per file, progress as it
// goes, the plan at the end; cancelling terminates the worker at once.
// Loading the worker's module takes ~0.1 s, so the import page starts one
// before a file is chosen (warmImportWorker) and the first file takes it.
import { abortError } from './cancel';
import { ImportFailure, workerFailed } from './failure';
import type { StartRequest, WorkerResponse } from './protocol';
import type { ImportContext, ImportPlan, ImportProgress } from './types';

export interface RunningImport {
  readonly result: Promise<ImportPlan>;
  cancel(): void;
}

const newWorker = (): Worker => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

let spare: Worker | null = null;

/** Starts a worker ahead of the next import, if none is waiting (where the platform has workers). */
export function warmImportWorker(): void {
  if (spare === null && typeof Worker !== 'undefined') spare = newWorker();
}

/** Ends the waiting worker, if any (the import page leaves). */
export function releaseImportWorker(): void {
  spare?.terminate();
  spare = null;
}

export function startImport(file: File, context: ImportContext, onProgress: (p: ImportProgress) => void): RunningImport {
  const worker = spare ?? newWorker();
  spare = null;
  let settled = false;
  let rejectResult: (reason: unknown) => void = () => {};
  const result = new Promise<ImportPlan>((resolve, reject) => {
    rejectResult = reject;
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (settled) return;
      if (message.type === 'progress') {
        onProgress(message.progress);
        return;
      }
      settled = true;
      worker.terminate();
      if (message.type === 'done') resolve(message.plan);
      else reject(new ImportFailure(message.message));
    };
    worker.onerror = (event: ErrorEvent) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      console.error(event.message);
      reject(workerFailed(file.name));
    };
    const request: StartRequest = { type: 'start', file, fileName: file.name, context };
    worker.postMessage(request);
  });
  return {
    result,
    cancel() {
      if (settled) return;
      settled = true;
      worker.terminate();
      rejectResult(abortError(file.name));
    },
  };
}
