// How stored values are handed to domain logic: every commune, and per
// reported period a dense matrix of communes × base indicators (period-table.ts).
import type { PeriodTable } from './period-table';
import type { Commune, PeriodCode } from './types';

export interface Dataset {
  readonly communes: readonly Commune[];
  /** Only periods that were reported; derived quarters are computed on demand. */
  readonly tables: ReadonlyMap<PeriodCode, PeriodTable>;
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
