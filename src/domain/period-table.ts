// One period's values, communes × base indicators: the one shape they have
// everywhere (an import plan's block, what an import stores, a stored record,
// the rows an undo puts back), and the pure functions on it. Few large typed
// arrays, because IndexedDB costs ~200 µs a record whatever its size and
// lookups over 3,300 communes must stay well under a frame.
import { BASE_CODES } from './base-indicators';
import type { PeriodCode } from './types';

/** Number of columns of every value matrix: one per base indicator, in catalog order. */
export const COLUMNS = BASE_CODES.length;

/**
 * The values of one period. Row r belongs to commune `communeIds[r]` (a
 * stored commune's id; in an import plan's block, a file commune's key, kept
 * in an Int32Array the worker hands over without a copy); the value of
 * base indicator column c is `values[r * COLUMNS + c]`, NaN where the commune
 * did not report it (missing is never 0). `flags` has the same shape and
 * holds FLAG_* bits.
 */
export interface PeriodTable<Ids extends ArrayLike<unknown> = readonly string[]> {
  readonly period: PeriodCode;
  readonly communeIds: Ids;
  readonly values: Float64Array;
  readonly flags: Uint8Array;
}

export function emptyTable<Ids extends ArrayLike<unknown>>(period: PeriodCode, communeIds: Ids): PeriodTable<Ids> {
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

/** A table of the given rows: row r of the result is row `rows[r]` of `table`. */
export function pickRows<Row>(table: PeriodTable<readonly Row[]>, rows: readonly number[]): PeriodTable<readonly Row[]> {
  const values = new Float64Array(rows.length * COLUMNS);
  const flags = new Uint8Array(rows.length * COLUMNS);
  rows.forEach((from, to) => copyRow(table, from, values, flags, to));
  return { period: table.period, communeIds: rows.map((r) => table.communeIds[r] as Row), values, flags };
}

/** Copies row `from` of `source`, whole, over row `to` of the target arrays. */
export function copyRow(source: Pick<PeriodTable, 'values' | 'flags'>, from: number, values: Float64Array, flags: Uint8Array, to: number): void {
  values.set(source.values.subarray(from * COLUMNS, (from + 1) * COLUMNS), to * COLUMNS);
  flags.set(source.flags.subarray(from * COLUMNS, (from + 1) * COLUMNS), to * COLUMNS);
}

/**
 * Values and flags of `rows` rows laid out in `columns` (the base codes in the
 * order they had when written), re-laid into the current BASE_CODES order: a
 * catalog that appends indicators still reads old records, new ones missing.
 * The arrays are returned as they are when the columns are already current.
 */
export function inCurrentColumns(
  values: Float64Array,
  flags: Uint8Array,
  columns: readonly string[],
  rows: number,
): { values: Float64Array; flags: Uint8Array } {
  if (hasCurrentColumns(columns)) return { values, flags };
  return { values: relaid(values, columns, rows, Number.NaN), flags: relaid(flags, columns, rows, 0) };
}

/** One array of `rows` rows in `columns` re-laid into BASE_CODES order; cells of indicators it lacks get `empty`. */
export function relaid<A extends Float64Array | Uint8Array | Uint32Array>(array: A, columns: readonly string[], rows: number, empty: number): A {
  if (hasCurrentColumns(columns)) return array;
  const target = new Map<string, number>(BASE_CODES.map((code, i) => [code, i]));
  const out = new (array.constructor as new (length: number) => A)(rows * COLUMNS);
  out.fill(empty);
  const width = columns.length;
  columns.forEach((code, from) => {
    const to = target.get(code);
    if (to === undefined) return; // an indicator the catalog no longer has
    for (let r = 0; r < rows; r++) out[r * COLUMNS + to] = array[r * width + from] ?? empty;
  });
  return out;
}

export function hasCurrentColumns(columns: readonly string[]): boolean {
  return columns.length === COLUMNS && columns.every((code, i) => code === BASE_CODES[i]);
}

/** Values present (not missing) in the tables. */
export function countValues(tables: readonly Pick<PeriodTable, 'values'>[]): number {
  let count = 0;
  for (const { values } of tables) {
    // An indexed loop: for…of over a Float64Array of 1M values is several times slower.
    for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  }
  return count;
}

/** Whether two readings of one value say the same: the same number with the same flags. */
export function sameReading(value: number, flag: number, otherValue: number, otherFlag: number): boolean {
  return value === otherValue && flag === otherFlag;
}

/**
 * How an incoming table meets the stored one, row by row:
 * - `overlay`: each value the incoming row has replaces the stored one; the others stay
 *   (what an import does unless the officer asks otherwise: a file never blanks what it does not carry);
 * - `replace`: the incoming row replaces the stored one wholly;
 * - `replace_period`: the incoming table replaces the stored one wholly: rows replaced, and
 *   the rows of communes it lacks emptied;
 * - `keep`: each value the stored row lacks is taken from the incoming row;
 * - `keep_rows`: the stored row stays as it is; only communes it lacks are added;
 * - `agree`: values are combined, and two different readings of one value are a conflict
 *   (the stored one is kept and the conflict reported).
 * Incoming rows of communes not stored are added, whatever the policy.
 */
export type MergePolicy = 'overlay' | 'replace' | 'replace_period' | 'keep' | 'keep_rows' | 'agree';

export interface MergeConflict<Row> {
  readonly communeId: Row;
  readonly column: number;
  readonly stored: { readonly value: number; readonly flag: number };
  readonly incoming: { readonly value: number; readonly flag: number };
}

export interface Merged<Row> {
  readonly table: PeriodTable<readonly Row[]>;
  /** The result's row of each incoming row; -1 where the policy left it out (`keep_rows`). */
  readonly rowOfIncoming: Int32Array;
  /** Rows of the base that incoming rows met (indexes into the base), in base order. */
  readonly metBaseRows: readonly number[];
  /** Incoming rows of communes the base lacked, appended after the base's rows in incoming order. */
  readonly addedRows: number;
  readonly conflicts: readonly MergeConflict<Row>[];
  /**
   * The cells the incoming table set or emptied, in the result's layout (1 where written):
   * what an import then owns. Cells it left as they were are 0.
   */
  readonly written: Uint8Array;
}

/**
 * `incoming` merged into `base` by `policy`, as a new table: the base's rows
 * in their order, then the incoming communes it lacked. Neither input is
 * changed. Without a base the incoming table is the result, not a copy (a
 * nation-wide period holds ~150,000 values).
 */
export function mergeTables<Row>(base: PeriodTable<readonly Row[]> | undefined, incoming: PeriodTable<readonly Row[]>, policy: MergePolicy): Merged<Row> {
  if (!base || base.communeIds.length === 0) {
    const distinct = new Set(incoming.communeIds).size === incoming.communeIds.length;
    if (distinct) {
      const rows = Int32Array.from(incoming.communeIds, (_, r) => r);
      const written = new Uint8Array(incoming.values.length);
      for (let i = 0; i < written.length; i++) if (incoming.values[i] === incoming.values[i]) written[i] = 1;
      return { table: base ? { ...incoming, period: base.period } : incoming, rowOfIncoming: rows, metBaseRows: [], addedRows: rows.length, conflicts: [], written };
    }
    // Rows of one commune given twice: the first is the base of the others.
    return collapse(incoming, policy);
  }
  return mergeInto(base, incoming, policy);
}

function collapse<Row>(table: PeriodTable<readonly Row[]>, policy: MergePolicy): Merged<Row> {
  const first = new Map<Row, number>();
  const firstRows: number[] = [];
  const rest: number[] = [];
  table.communeIds.forEach((id, r) => {
    if (first.has(id)) rest.push(r);
    else {
      first.set(id, firstRows.length);
      firstRows.push(r);
    }
  });
  const merged = mergeInto(pickRows(table, firstRows), pickRows(table, rest), policy);
  const rowOfIncoming = new Int32Array(table.communeIds.length);
  firstRows.forEach((r, at) => (rowOfIncoming[r] = at));
  rest.forEach((r, k) => (rowOfIncoming[r] = merged.rowOfIncoming[k] as number));
  const written = merged.written;
  for (let i = 0; i < firstRows.length * COLUMNS; i++) if (merged.table.values[i] === merged.table.values[i]) written[i] = 1;
  return { table: merged.table, rowOfIncoming, metBaseRows: [], addedRows: firstRows.length, conflicts: merged.conflicts, written };
}

function mergeInto<Row>(base: PeriodTable<readonly Row[]>, incoming: PeriodTable<readonly Row[]>, policy: MergePolicy): Merged<Row> {
  const index = new Map<Row, number>();
  base.communeIds.forEach((id, row) => index.set(id, row));
  const added: Row[] = [];
  for (const id of incoming.communeIds) {
    if (!index.has(id)) {
      index.set(id, base.communeIds.length + added.length);
      added.push(id);
    }
  }
  const rows = base.communeIds.length + added.length;
  const values = new Float64Array(rows * COLUMNS).fill(Number.NaN);
  const flags = new Uint8Array(rows * COLUMNS);
  values.set(base.values);
  flags.set(base.flags);
  const rowOfIncoming = new Int32Array(incoming.communeIds.length);
  const written = new Uint8Array(rows * COLUMNS);
  const met = new Set<number>();
  const conflicts: MergeConflict<Row>[] = [];
  const baseRows = base.communeIds.length;
  if (policy === 'replace_period') {
    // Every stored row is emptied first; the incoming rows then fill theirs.
    values.fill(Number.NaN, 0, baseRows * COLUMNS);
    flags.fill(0, 0, baseRows * COLUMNS);
    written.fill(1, 0, baseRows * COLUMNS);
    for (let r = 0; r < baseRows; r++) met.add(r);
  }
  incoming.communeIds.forEach((id, from) => {
    const to = index.get(id) as number;
    const stored = to < baseRows;
    if (stored) met.add(to);
    if (stored && policy === 'keep_rows') {
      rowOfIncoming[from] = -1;
      return;
    }
    rowOfIncoming[from] = to;
    if (policy === 'replace' || policy === 'replace_period') {
      copyRow(incoming, from, values, flags, to);
      written.fill(1, to * COLUMNS, (to + 1) * COLUMNS);
      return;
    }
    for (let c = 0; c < COLUMNS; c++) {
      const v = incoming.values[from * COLUMNS + c] as number;
      if (v !== v) continue;
      const at = to * COLUMNS + c;
      const old = values[at] as number;
      const f = incoming.flags[from * COLUMNS + c] as number;
      if (old === old) {
        if (policy === 'keep') continue;
        if (policy === 'agree' && !sameReading(old, flags[at] as number, v, f)) {
          conflicts.push({ communeId: id, column: c, stored: { value: old, flag: flags[at] as number }, incoming: { value: v, flag: f } });
          continue;
        }
      }
      values[at] = v;
      flags[at] = f;
      written[at] = 1;
    }
  });
  return {
    table: { period: base.period, communeIds: [...base.communeIds, ...added], values, flags },
    rowOfIncoming,
    metBaseRows: [...met].sort((a, b) => a - b),
    addedRows: added.length,
    conflicts,
    written,
  };
}

/** One value an import would write, as it is stored and as it would be. */
export interface CellChange<Row> {
  readonly communeId: Row;
  readonly column: number;
  readonly before: { readonly value: number; readonly flag: number };
  readonly after: { readonly value: number; readonly flag: number };
}

export interface TableChanges<Row> {
  /** Values stored where none was. */
  readonly added: number;
  /** Values stored that would change: how many, and the first MAX_LISTED of them. */
  readonly changedCount: number;
  readonly changed: readonly CellChange<Row>[];
  /** Values the import gives exactly as they are stored. */
  readonly same: number;
  /** Stored values the import would empty (replacing whole reports or a period): how many, and the first MAX_LISTED. */
  readonly emptiedCount: number;
  readonly emptied: readonly CellChange<Row>[];
  /** Stored values of the period the import leaves as they are. */
  readonly untouched: number;
}

/** Enough changes to read through; the counts say how many there are. */
export const MAX_LISTED = 500;

/** What merging `incoming` into `base` by `policy` would do to each stored value, before anything is written. */
export function changesOf<Row>(base: PeriodTable<readonly Row[]> | undefined, incoming: PeriodTable<readonly Row[]>, policy: MergePolicy): TableChanges<Row> {
  const merged = mergeTables(base, incoming, policy);
  const baseRows = base?.communeIds.length ?? 0;
  const { table, written } = merged;
  let added = 0;
  let same = 0;
  let untouched = 0;
  let changedCount = 0;
  let emptiedCount = 0;
  const changed: CellChange<Row>[] = [];
  const emptied: CellChange<Row>[] = [];
  for (let r = 0; r < table.communeIds.length; r++) {
    for (let c = 0; c < COLUMNS; c++) {
      const at = r * COLUMNS + c;
      const beforeValue = r < baseRows && base ? (base.values[at] as number) : Number.NaN;
      const had = beforeValue === beforeValue;
      if (written[at] !== 1) {
        if (had) untouched++;
        continue;
      }
      const afterValue = table.values[at] as number;
      const has = afterValue === afterValue;
      if (!had && has) added++;
      else if (had && !has) {
        if (emptiedCount++ < MAX_LISTED) emptied.push(change(table, base, r, c, at));
      } else if (had && has) {
        if (sameReading(beforeValue, base?.flags[at] as number, afterValue, table.flags[at] as number)) same++;
        else if (changedCount++ < MAX_LISTED) changed.push(change(table, base, r, c, at));
      }
    }
  }
  return { added, changedCount, changed, same, emptiedCount, emptied, untouched };
}

function change<Row>(table: PeriodTable<readonly Row[]>, base: PeriodTable<readonly Row[]> | undefined, row: number, column: number, at: number): CellChange<Row> {
  return {
    communeId: table.communeIds[row] as Row,
    column,
    before: { value: (base?.values[at] as number) ?? Number.NaN, flag: (base?.flags[at] as number) ?? 0 },
    after: { value: table.values[at] as number, flag: table.flags[at] as number },
  };
}
