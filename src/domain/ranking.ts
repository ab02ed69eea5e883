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

/** Compares items by name in Vietnamese alphabetical order. */
export function byVietnameseName<T>(nameOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => collator.compare(nameOf(a), nameOf(b));
}

/**
 * Each key's position when the items are in Vietnamese name order. Ranking
 * thousands of communes with many ties compares names tens of thousands of
 * times; comparing these positions instead is several times cheaper.
 */
export function vietnameseNameOrder<T>(items: readonly T[], keyOf: (item: T) => string, nameOf: (item: T) => string): Map<string, number> {
  const sorted = [...items].sort(byVietnameseName(nameOf));
  return new Map(sorted.map((item, position) => [keyOf(item), position]));
}

/**
 * Ranks items on `tieKey(value)` (the value as displayed, e.g. roundForDisplay)
 * so two communes both shown as 95,0 % share a rank; within a tie and among
 * missing values, by `tieBreak` (name in Vietnamese order: byVietnameseName,
 * or positions from vietnameseNameOrder).
 */
export function rankRows<T>(
  items: readonly T[],
  valueOf: (item: T) => number | null,
  better: Better,
  tieKey: (value: number) => number,
  tieBreak: (a: T, b: T) => number,
): RankedRow<T>[] {
  const rows = items.map((item) => {
    const value = valueOf(item);
    const usable = value !== null && Number.isFinite(value);
    return { item, score: usable ? score(tieKey(value), better) : null };
  });
  rows.sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
    } else if (a.score !== b.score) {
      return a.score - b.score;
    }
    return tieBreak(a.item, b.item);
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
