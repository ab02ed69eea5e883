// What the worker does with one file: read its bytes, build the plan with
// progress at most every PROGRESS_INTERVAL_MS, and post the plan with its
// typed arrays transferred (posting row arrays would freeze the page).
import { planFromBytes } from './plan';
import type { Post, StartRequest } from './protocol';
import { sha256Hex } from './sha256';
import type { ImportPlan, ImportProgress } from './types';
import { hexOf } from '../domain/text';
import { workerFailed } from './failure';

/** SHA-256 hex by the platform (native, fast), or null where crypto.subtle is missing (plain http). */
async function digest(bytes: Uint8Array): Promise<string | null> {
  if (typeof crypto === 'undefined' || !crypto.subtle) return null;
  const buffer = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return hexOf(new Uint8Array(buffer));
}

export const PROGRESS_INTERVAL_MS = 50;

/** The buffers of a plan's blocks, to transfer instead of copy. */
export function transferablesOf(plan: ImportPlan): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const b of plan.blocks) for (const a of [b.communeIds, b.values, b.flags]) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}

export async function runImport(request: StartRequest, post: Post, clock: () => number = () => performance.now()): Promise<void> {
  try {
    const total = request.file.size;
    post({ type: 'progress', progress: { stage: 'decode', bytesDone: 0, bytesTotal: total, rows: 0 } }, []);
    const bytes = new Uint8Array(await request.file.arrayBuffer());
    // The platform hashes on a thread of its own while the plan is built here:
    // ~10 ms for the 4.5 MB nation file, ~120 ms for its 70 MB long form.
    const hashing = digest(bytes).catch(() => null);
    let last = clock();
    const onProgress = (progress: ImportProgress): void => {
      const t = clock();
      if (t - last < PROGRESS_INTERVAL_MS) return;
      last = t;
      post({ type: 'progress', progress }, []);
    };
    // The hash is set below, once the platform has it.
    const built = planFromBytes(bytes, request.fileName, request.context, { onProgress, hash: '' });
    const plan: ImportPlan = { ...built, hash: (await hashing) ?? sha256Hex(bytes) };
    post({ type: 'done', plan }, transferablesOf(plan));
  } catch (error) {
    // A bug, not a bad file: bad files give a fatal plan, never an exception.
    // The technical detail goes to the console; the page gets a Vietnamese sentence.
    console.error(error);
    post({ type: 'failed', message: workerFailed(request.fileName).message }, []);
  }
}
