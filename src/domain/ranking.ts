// League tables: best first, ties by the value as displayed share a rank
// (competition style 1, 1, 3), communes without a figure last and unranked.
import type { Better } from './types';

export interface RankedRow<T> {
  readonly item: T;
  readonly rank: number | null;
}

const collator = new Intl.Collator('vi');

/** Smaller is better, so one ascending sort serves every direction. */
function score(key: number, better: Better): number {
  switch (better) {
    case 'higher':
      return -key;
    case 'lower':
      return key;
    case 'closer_to_100':
      return Math.abs(key - 100);
  }
}

/**
 * Ranks items on `tieKey(value)` (the value as displayed, e.g. roundForDisplay)
 * so two communes both shown as 95,0 % share a rank; within a tie and among
 * missing values, by name in Vietnamese order.
 */
export function rankRows<T>(
  items: readonly T[],
  valueOf: (item: T) => number | null,
  better: Better,
  tieKey: (value: number) => number,
  nameOf: (item: T) => string,
): RankedRow<T>[] {
  const rows = items.map((item) => {
    const value = valueOf(item);
    const usable = value !== null && Number.isFinite(value);
    return { item, name: nameOf(item), score: usable ? score(tieKey(value), better) : null };
  });
  rows.sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
    } else if (a.score !== b.score) {
      return a.score - b.score;
    }
    return collator.compare(a.name, b.name);
  });
  const ranked: RankedRow<T>[] = [];
  let previous: number | null = null;
  let rank = 0;
  rows.forEach((row, index) => {
    if (row.score === null) {
      ranked.push({ item: row.item, rank: null });
      return;
    }
    if (row.score !== previous) rank = index + 1;
    previous = row.score;
    ranked.push({ item: row.item, rank });
  });
  return ranked;
}
