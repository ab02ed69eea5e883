// How stored values are handed to domain logic: per period, a dense matrix of
// communes × base indicators. Few large typed arrays, because IndexedDB costs
// ~200 µs a record whatever its size (measured; see src/db) and because
// lookups over 3,300 communes must stay well under a frame.
import { BASE_CODES } from './base-indicators';
import type { Commune, PeriodCode } from './types';

/** Number of columns of every value matrix: one per base indicator, in catalog order. */
export const COLUMNS = BASE_CODES.length;

/**
 * The values of one period. Row r belongs to commune `communeIds[r]`; the
 * value of base indicator column c is `values[r * COLUMNS + c]`, NaN where
 * the commune did not report it (missing is never 0). `flags` has the same
 * shape and holds FLAG_* bits.
 */
export interface PeriodTable {
  readonly period: PeriodCode;
  readonly communeIds: readonly string[];
  readonly values: Float64Array;
  readonly flags: Uint8Array;
}

export interface Dataset {
  readonly communes: readonly Commune[];
  /** Only periods that were reported; derived quarters are computed on demand. */
  readonly tables: ReadonlyMap<PeriodCode, PeriodTable>;
}

export function emptyTable(period: PeriodCode, communeIds: readonly string[]): PeriodTable {
  const size = communeIds.length * COLUMNS;
  return { period, communeIds, values: new Float64Array(size).fill(Number.NaN), flags: new Uint8Array(size) };
}

const rowIndexCache = new WeakMap<PeriodTable, ReadonlyMap<string, number>>();

/** Row of a commune in a table, or undefined; the index is built once per table. */
export function rowOf(table: PeriodTable, communeId: string): number | undefined {
  let index = rowIndexCache.get(table);
  if (!index) {
    index = new Map(table.communeIds.map((id, row) => [id, row]));
    rowIndexCache.set(table, index);
  }
  return index.get(communeId);
}

/**
 * A cache of one computation over datasets, by a text key within each.
 * A dataset is never changed in place (a new one is loaded after every
 * write), so a result stays right for as long as its dataset lives.
 */
export function perDataset<V>(): (dataset: Dataset, key: string, compute: () => V) => V {
  const caches = new WeakMap<Dataset, Map<string, V>>();
  return (dataset, key, compute) => {
    let cache = caches.get(dataset);
    if (!cache) {
      cache = new Map();
      caches.set(dataset, cache);
    }
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute();
    cache.set(key, value);
    return value;
  };
}
