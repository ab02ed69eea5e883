// The import worker's entry: wiring only (see run-import.ts).
import type { Post, StartRequest } from './protocol';
import { runImport } from './run-import';

interface WorkerScope {
  onmessage: ((event: MessageEvent<StartRequest>) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;
const post: Post = (message, transfer) => scope.postMessage(message, transfer);

scope.onmessage = (event) => {
  if (event.data.type === 'start') void runImport(event.data, post);
};
