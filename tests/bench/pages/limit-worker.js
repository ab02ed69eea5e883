// Worker half of the physical limit: decode, split, pivot into one
// Float64Array per period (rows = communes, columns = indicators), and one
// IndexedDB transaction writing one record per period.
import Papa from 'papaparse';

function openDatabase(name) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('periods', { keyPath: 'period' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The least work that turns parsed rows into stored values: one dense
 * Float64Array per period (rows = communes in order of appearance, shared by
 * all periods; columns = indicators), `Number()` for each cell, NaN where missing.
 */
function pivot(rows, layout) {
  const header = rows[0] ?? [];
  const width = layout === 'wide' ? header.length - 3 : 46;
  const columnOf = new Map();
  const rowOf = new Map();
  const communeIds = [];
  const tables = new Map();
  let capacity = 1024;
  const tableOf = (period) => {
    let values = tables.get(period);
    if (!values) {
      values = new Float64Array(capacity * width).fill(Number.NaN);
      tables.set(period, values);
    }
    return values;
  };
  const rowIndex = (code) => {
    let row = rowOf.get(code);
    if (row === undefined) {
      row = communeIds.length;
      rowOf.set(code, row);
      communeIds.push(code);
      if (row >= capacity) {
        capacity *= 2;
        for (const [period, old] of tables) {
          const grown = new Float64Array(capacity * width).fill(Number.NaN);
          grown.set(old);
          tables.set(period, grown);
        }
      }
    }
    return row;
  };
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    const row = rowIndex(cells[0]);
    const values = tableOf(cells[2]);
    if (layout === 'wide') {
      const base = row * width;
      for (let k = 0; k < width; k++) values[base + k] = Number(cells[3 + k]);
    } else {
      let column = columnOf.get(cells[3]);
      if (column === undefined) {
        column = columnOf.size;
        columnOf.set(cells[3], column);
      }
      values[row * width + column] = Number(cells[4]);
    }
  }
  const used = communeIds.length * width;
  // slice: a view would clone its whole (larger) buffer into IndexedDB.
  return [...tables].map(([period, values]) => ({ period, communeIds, values: values.slice(0, used) }));
}

self.onmessage = async (event) => {
  try {
    const { bytes, layout, dbName } = event.data;
    const t0 = performance.now();
    const text = new TextDecoder().decode(bytes);
    const t1 = performance.now();
    const { data } = Papa.parse(text, { header: false, skipEmptyLines: true });
    const t2 = performance.now();
    const records = pivot(data, layout);
    const t3 = performance.now();
    const db = await openDatabase(dbName);
    await new Promise((resolve, reject) => {
      const tx = db.transaction('periods', 'readwrite');
      const store = tx.objectStore('periods');
      for (const record of records) store.put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const t4 = performance.now();
    const values = records.reduce((n, r) => n + r.values.reduce((m, v) => m + (Number.isNaN(v) ? 0 : 1), 0), 0);
    self.postMessage({ decodeMs: t1 - t0, parseMs: t2 - t1, pivotMs: t3 - t2, storeMs: t4 - t3, rows: data.length - 1, values, periods: records.length });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
