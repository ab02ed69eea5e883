// Issue 7's proof at the storage level: every file of the bad-input corpus goes
// through the app's own pipeline and gate, into a database that already holds
// the seed reports, and is stored whenever the gate lets it through (rows in
// error left out, as the officer may choose). A refused file leaves the
// database byte-identical (compared as a dump); a stored one changes exactly
// the reports its valid rows give, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase, listAliases, listCommunes, commitImport, loadDataset } from '../../src/db/repository';
import type { Dataset } from '../../src/domain/dataset';
import type { ImportBatch } from '../../src/domain/import-batch';
import { COLUMNS } from '../../src/domain/period-table';
import { batchOf } from '../../src/import/batch';
import { ALL_SEEDS, freshDb, inputOf } from '../support/db';
import { readiness } from '../../src/import/decisions';
import { planFromBytes } from '../../src/import/plan';
import type { ImportContext } from '../../src/import/types';

const BAD = join(__dirname, '..', 'fixtures', 'bad');
const FILES = readdirSync(BAD).sort();

async function context(): Promise<ImportContext> {
  const communes = await listCommunes();
  return { knownCommunes: communes.map((c) => ({ id: c.id, code: c.code, name: c.name })), aliases: await listAliases() };
}

/** Every stored value, by period, commune and column. */
function valuesOf(dataset: Dataset): Map<string, number> {
  const out = new Map<string, number>();
  for (const table of dataset.tables.values()) {
    table.communeIds.forEach((id, r) => {
      for (let c = 0; c < COLUMNS; c++) {
        const v = table.values[r * COLUMNS + c] as number;
        if (v === v) out.set(`${table.period}|${id}|${c}`, v);
      }
    });
  }
  return out;
}

/** What the store must hold after the batch: its reports as it gives them (the policy), the rest as before. */
function expectedAfter(before: Map<string, number>, batch: ImportBatch): Map<string, number> {
  const expected = new Map(before);
  for (const table of batch.tables) {
    table.communeIds.forEach((id, r) => {
      for (let c = 0; c < COLUMNS; c++) {
        const key = `${table.period}|${id}|${c}`;
        const v = table.values[r * COLUMNS + c] as number;
        if (v === v) expected.set(key, v);
        else if (batch.policy === 'replace') expected.delete(key);
      }
    });
  }
  return expected;
}

beforeEach(async () => {
  freshDb();
  await commitImport(inputOf(ALL_SEEDS));
});

describe('the bad-input corpus against a database holding the seed reports', () => {
  it('has at least the 16 kinds of bad input the issue lists', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(16);
  });

  it.each(FILES)('%s is refused or flagged, names where, and changes nothing but what its valid rows give', async (name) => {
    const before = await dumpDatabase();
    const bytes = new Uint8Array(readFileSync(join(BAD, name)));
    const plan = planFromBytes(bytes, name, await context());
    const gate = readiness(plan, false);

    if (!gate.ok && gate.reason === 'needs_input') {
      // A form that names neither commune nor period waits for the officer to say.
      expect(plan.needs.commune || plan.needs.period).toBe(true);
    } else if (!gate.ok) {
      // Refused or in error: the officer cannot save it as it is.
      const errors = plan.problems.filter((p) => p.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      for (const problem of errors) {
        expect(problem.file).toBe(name);
        expect(problem.message).toContain(name);
      }
      // Errors of a row name it; errors of a cell also name the column.
      if (plan.rowsWithErrors > 0) expect(errors.some((p) => p.row !== null)).toBe(true);
    }

    // Stored when the gate lets it through, rows in error left out by choice.
    if (readiness(plan, true).ok) {
      const values = valuesOf(await loadDataset());
      const batch = batchOf([{ plan, decisions: new Map() }], { policy: 'replace' });
      await commitImport(batch);
      expect(valuesOf(await loadDataset())).toEqual(expectedAfter(values, batch));
      return;
    }

    expect(await dumpDatabase()).toEqual(before);
  });

  it('50 MB of garbage is refused with a message naming the file, and nothing is stored', async () => {
    const before = await dumpDatabase();
    const garbage = new Uint8Array(50 * 1024 * 1024);
    let x = 12345;
    for (let i = 0; i < garbage.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      garbage[i] = x >>> 24;
    }
    const plan = planFromBytes(garbage, 'rac.csv', await context());
    expect(readiness(plan, true).ok).toBe(false);
    expect(plan.problems.some((p) => p.severity === 'error' && p.message.includes('rac.csv'))).toBe(true);
    expect(await dumpDatabase()).toEqual(before);
  });
});
