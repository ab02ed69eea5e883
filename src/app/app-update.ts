// A new version of the app, announced by the service worker
// (service-worker.ts), and the one way the shell reloads the page: onto the
// new version when one is waiting. Callers ask `hasUnsavedWork()` first: a
// reload never happens under files not yet stored (src/ui/unsaved-work.ts).
import { useSyncExternalStore } from 'react';

/** Tells the waiting version to take over; settles once it controls the page. */
type TakeOver = () => Promise<void>;

let takeOver: TakeOver | null = null;
const listeners = new Set<() => void>();

export function announceUpdate(handover: TakeOver): void {
  takeOver = handover;
  for (const listener of listeners) listener();
}

export function isUpdateWaiting(): boolean {
  return takeOver !== null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(subscribe, isUpdateWaiting);
}

/** Reloads the page, after letting a waiting version take over (if it cannot, the reload still happens). */
export async function reloadApp(): Promise<void> {
  if (takeOver) await takeOver().catch(() => undefined);
  window.location.reload();
}
