// Tells every open tab that stored data changed, so the UI can refetch.
// BroadcastChannel does not deliver to the sender, so this tab's listeners
// are called directly.
export const CHANGE_CHANNEL = 'cchc-data';

export type DataChangeKind = 'import' | 'undo' | 'restore' | 'targets' | 'settings';

export interface DataChange {
  readonly kind: DataChangeKind;
  /** Whether the change was made in this tab or arrived from another one. */
  readonly origin: 'local' | 'other-tab';
}

const listeners = new Set<(change: DataChange) => void>();
let channel: BroadcastChannel | null = null;

function isChangeKind(value: unknown): value is DataChangeKind {
  return value === 'import' || value === 'undo' || value === 'restore' || value === 'targets' || value === 'settings';
}

function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANGE_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const kind = (event.data as { kind?: unknown } | null)?.kind;
    if (isChangeKind(kind)) emit({ kind, origin: 'other-tab' });
  };
  // Node's channel would keep a test worker alive; browsers have no unref.
  (channel as unknown as { unref?: () => void }).unref?.();
  return channel;
}

function emit(change: DataChange): void {
  for (const cb of listeners) {
    try {
      cb(change);
    } catch (error) {
      // One broken listener must not keep the others from hearing of the change.
      console.error(error);
    }
  }
}

/** Calls `cb` after every commit, undo, restore, target or setting change, in this tab and in others. Returns the unsubscribe. */
export function onDataChanged(cb: (change: DataChange) => void): () => void {
  listeners.add(cb);
  openChannel();
  return () => {
    listeners.delete(cb);
  };
}

/** Called by the repository after a transaction committed. */
export function notifyDataChanged(kind: DataChangeKind): void {
  emit({ kind, origin: 'local' });
  openChannel()?.postMessage({ kind });
}
