// Fault injection: a DBCore middleware makes the k-th write of a transaction
// throw, fail with QuotaExceededError, or abort the transaction, at 10 %, 50 %
// and 90 % of the operation's writes. In every case the database must be
// exactly as before (0 partial rows).
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup, parseBackup, restoreBackup, type Backup } from './backup';
import { dumpDatabase } from './dump';
import { getDbHealth } from './health';
import { commitImport } from './imports';
import { undoImport } from './undo';
import type { CchcDb } from './schema';
import { freshDb, inputOf, manyPeriods } from '../../tests/support/db';

type FaultMode = 'throw' | 'quota' | 'abort';

interface FaultPlan {
  /** Counted writes (DBCore mutate calls) since the last reset. */
  writes: number;
  /** 1-based write that fails; null: none. */
  failAt: number | null;
  mode: FaultMode;
}

function injectFaults(db: CchcDb, plan: FaultPlan): void {
  db.use({
    stack: 'dbcore',
    name: 'fault-injection',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            plan.writes++;
            if (plan.writes !== plan.failAt) return table.mutate(req);
            switch (plan.mode) {
              case 'throw':
                throw new Error('injected failure');
              case 'quota':
                return Promise.reject(new DOMException('injected: quota', 'QuotaExceededError'));
              case 'abort':
                (req.trans as unknown as IDBTransaction).abort();
                return Promise.reject(new DOMException('injected: aborted', 'AbortError'));
            }
          },
        };
      },
    }),
  });
}

const COMMUNES = ['Xã Cộng Lạc', 'Xã Bình Lãng', 'Xã Lộc Thủy'];
/** 12 periods in the first file and 12 in the second (8 of them overlapping), so every operation makes well over 10 writes. */
const FIRST = manyPeriods(12, COMMUNES.slice(0, 2));
const SECOND = manyPeriods(16, COMMUNES).filter((r) => r.period >= '2020');

interface Scenario {
  /** Brings a fresh database to the state the operation starts from; returns what the operation needs. */
  readonly prepare: () => Promise<() => Promise<unknown>>;
}

let backupOfOtherDb: Backup;

const SCENARIOS: Readonly<Record<string, Scenario>> = {
  commitImport: {
    prepare: async () => {
      await commitImport(inputOf(FIRST, 'dot-1.csv'));
      const input = { ...inputOf(SECOND, 'dot-2.csv') };
      return () => commitImport(input);
    },
  },
  undoImport: {
    prepare: async () => {
      await commitImport(inputOf(FIRST, 'dot-1.csv'));
      const second = await commitImport(inputOf(SECOND, 'dot-2.csv'));
      return () => undoImport(second.id);
    },
  },
  'undoImport of an import a later one overwrote': {
    prepare: async () => {
      const first = await commitImport(inputOf(FIRST, 'dot-1.csv'));
      // Bình Lãng's rows of every period overwritten: the undo skips them and rewrites this import's undo data.
      await commitImport({ ...inputOf(FIRST.filter((r) => r.commune === 'Xã Bình Lãng'), 'sua.csv'), newCommunes: [] });
      return () => undoImport(first.id);
    },
  },
  'restoreBackup (replace)': {
    prepare: async () => {
      await commitImport(inputOf(FIRST, 'dot-1.csv'));
      return () => restoreBackup(backupOfOtherDb, 'replace');
    },
  },
  'restoreBackup (merge)': {
    prepare: async () => {
      await commitImport(inputOf(FIRST.filter((r) => r.commune === 'Xã Cộng Lạc'), 'dot-1.csv'));
      return () => restoreBackup(backupOfOtherDb, 'merge');
    },
  },
};

beforeAll(async () => {
  freshDb();
  await commitImport(inputOf(SECOND, 'may-khac.csv'));
  await commitImport(inputOf(FIRST, 'may-khac-2.csv'));
  const parsed = await parseBackup(await createBackup());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  backupOfOtherDb = parsed.backup;
});

const writeCounts = new Map<Scenario, number>();

/** How many writes the operation makes when nothing fails (measured once per scenario). */
async function countWrites(scenario: Scenario): Promise<number> {
  const known = writeCounts.get(scenario);
  if (known !== undefined) return known;
  const db = freshDb();
  const plan: FaultPlan = { writes: 0, failAt: null, mode: 'throw' };
  injectFaults(db, plan);
  const run = await scenario.prepare();
  plan.writes = 0;
  await run();
  writeCounts.set(scenario, plan.writes);
  return plan.writes;
}

const CASES = Object.keys(SCENARIOS).flatMap((op) =>
  (['throw', 'quota', 'abort'] as const).flatMap((mode) => [0.1, 0.5, 0.9].map((share) => [op, mode, share] as const)),
);

describe('an operation interrupted part-way leaves the database exactly as it was', () => {
  it.each(Object.keys(SCENARIOS))('%s makes at least 10 writes, so the 10, 50 and 90 per cent points are different writes', async (op) => {
    expect(await countWrites(SCENARIOS[op]!)).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES)('%s failing by %s at %s of its writes: dump before equals dump after', async (op, mode, share) => {
    const scenario = SCENARIOS[op]!;
    const total = await countWrites(scenario);

    const db = freshDb();
    const plan: FaultPlan = { writes: 0, failAt: null, mode };
    injectFaults(db, plan);
    const run = await scenario.prepare();
    const before = await dumpDatabase();
    plan.writes = 0;
    plan.failAt = Math.max(1, Math.ceil(total * share));

    const error: unknown = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(plan.writes).toBeGreaterThanOrEqual(plan.failAt);
    expect(error).not.toBeNull();
    if (mode === 'quota') {
      expect(error).toMatchObject({ name: 'StorageError', kind: 'quota_exceeded' });
      expect((error as Error).message).toMatch(/^Bộ nhớ trình duyệt đã đầy/);
      expect(getDbHealth()).toBe('quota_exceeded');
    }
    plan.failAt = null;
    expect(await dumpDatabase()).toEqual(before);
  });

  it('clears the quota state once a write goes through again', async () => {
    const db = freshDb();
    const plan: FaultPlan = { writes: 0, failAt: 3, mode: 'quota' };
    injectFaults(db, plan);
    await expect(commitImport(inputOf(FIRST))).rejects.toMatchObject({ kind: 'quota_exceeded' });
    expect(getDbHealth()).toBe('quota_exceeded');
    plan.failAt = null;
    await commitImport(inputOf(FIRST));
    expect(getDbHealth()).toBe('ok');
  });
});
