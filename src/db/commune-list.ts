// All communes live in one record (schema v3): reading or writing 3,300 of
// them is one request, not 3,300. Kept sorted by id, the order the v1/v2
// table gave, so readers and dumps see the same order as before.
import { COMMUNE_LIST_KEY, type CchcDb, type CommuneRecord } from './schema';

/** Every stored commune, by id. Call inside a transaction that includes `communeList`. */
export async function readCommuneRecords(db: CchcDb): Promise<CommuneRecord[]> {
  return [...((await db.communeList.get(COMMUNE_LIST_KEY))?.communes ?? [])];
}

/** Replaces the stored list; an empty list leaves no record (as an empty table had no rows). */
export async function writeCommuneRecords(db: CchcDb, communes: readonly CommuneRecord[]): Promise<void> {
  if (communes.length === 0) {
    await db.communeList.delete(COMMUNE_LIST_KEY);
    return;
  }
  const sorted = [...communes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await db.communeList.put({ key: COMMUNE_LIST_KEY, communes: sorted });
}

/** `stored` plus those of `added` whose id it lacks (stored ones are left as they are); returns what was added. */
export function addMissingCommunes(stored: readonly CommuneRecord[], added: readonly CommuneRecord[]): { communes: CommuneRecord[]; created: CommuneRecord[] } {
  const known = new Set(stored.map((c) => c.id));
  const created = added.filter((c) => !known.has(c.id));
  return { communes: [...stored, ...created], created };
}
