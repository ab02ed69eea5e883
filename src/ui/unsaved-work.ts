// Whether the page holds work a reload would throw away (files being read,
// a preview not yet stored, a sample set being loaded). Features set it; the
// shell reads it before it reloads the page for a new version or a page that
// failed to load. A module of its own so the shell knows without importing
// any feature, and features without importing the shell.
import { useSyncExternalStore } from 'react';

const holders = new Set<string>();
const listeners = new Set<() => void>();

/** `holder` names who holds the work (e.g. 'import'); each holder sets and clears its own. */
export function setUnsavedWork(holder: string, unsaved: boolean): void {
  if (unsaved === holders.has(holder)) return;
  if (unsaved) holders.add(holder);
  else holders.delete(holder);
  for (const listener of listeners) listener();
}

export function hasUnsavedWork(): boolean {
  return holders.size > 0;
}

export function subscribeUnsavedWork(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useUnsavedWork(): boolean {
  return useSyncExternalStore(subscribeUnsavedWork, hasUnsavedWork);
}
