// A canonical, comparable picture of every table, for tests and support:
// typed arrays become plain arrays (NaN as null), rows come in key order.
import { readOperation } from './connection';
import { TABLE_NAMES, type CchcDb, type TableName } from './schema';

export type DatabaseDump = Readonly<Record<TableName, unknown[]>>;

function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (n) => (Number.isNaN(n) ? null : n));
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = plain((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** Dump of a given database, in one read transaction. */
export function dumpOf(db: CchcDb): Promise<DatabaseDump> {
  return db.transaction('r', [...TABLE_NAMES], async () => {
    const entries = await Promise.all(TABLE_NAMES.map(async (name) => [name, (await db.table(name).toArray()).map(plain)] as const));
    return Object.fromEntries(entries) as DatabaseDump;
  });
}

/** Dump of the repository's database. */
export function dumpDatabase(): Promise<DatabaseDump> {
  return readOperation(dumpOf);
}
