// Messages between the import page (client.ts) and the import worker.
import type { ImportContext, ImportPlan, ImportProgress } from './types';

export interface StartRequest {
  readonly type: 'start';
  readonly file: Blob;
  readonly fileName: string;
  readonly context: ImportContext;
}

export type WorkerResponse =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly plan: ImportPlan }
  | { readonly type: 'failed'; readonly message: string };

export type Post = (message: WorkerResponse, transfer: Transferable[]) => void;
