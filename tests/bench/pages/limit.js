// The physical limit of an import, measured on the same bytes as the app:
// decode + papaparse (header: false, no validation) in a worker + one
// IndexedDB record of typed arrays per period. Driven by tests/bench/run.mjs.

const DB_NAME = 'bench-limit';

function deleteDatabase(name) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

let bytes = null;

/** Fetches the workload file (not timed). */
window.loadBytes = async (url) => {
  bytes = await (await fetch(url)).arrayBuffer();
  return bytes.byteLength;
};

/** One timed run: from bytes in memory to values stored. */
window.runLimit = async (layout) => {
  if (!bytes) throw new Error('loadBytes first');
  await deleteDatabase(DB_NAME);
  const copy = bytes.slice(0);
  const start = performance.now();
  const worker = new Worker(new URL('./limit-worker.js', import.meta.url), { type: 'module' });
  const result = await new Promise((resolve, reject) => {
    worker.onmessage = (event) => (event.data.error ? reject(new Error(event.data.error)) : resolve(event.data));
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage({ bytes: copy, layout, dbName: DB_NAME }, [copy]);
  });
  const totalMs = performance.now() - start;
  worker.terminate();
  return { ...result, totalMs };
};
