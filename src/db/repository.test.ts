// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSettings, getTargets, resetTarget, saveSettings, saveTarget } from './repository';
import { DEFAULT_SETTINGS } from './settings';
import { requestPersistence, storageStatus } from './storage';
import { freshDb } from '../../tests/support/db';
import type { CchcDb } from './schema';

let db: CchcDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('targets', () => {
  it.each([
    ['on_time_rate', { target: 100, direction: '>=', nearFrom: 95 }],
    ['online_rate', { target: 80, direction: '>=', nearFrom: 50 }],
    ['pending_overdue_share', { target: 0, direction: '<=', nearFrom: 2 }],
    ['satisfaction_rate', { target: 90, direction: '>=', nearFrom: 80 }],
  ] as const)('gives the default target of %s from targets.csv, marked default', async (indicator, expected) => {
    expect((await getTargets()).get(indicator)).toEqual({ indicator, ...expected, isDefault: true });
  });

  it('gives no target for an indicator without a default (never a made-up one)', async () => {
    expect((await getTargets()).has('late_rate')).toBe(false);
  });

  it('overrides a default with the user target and goes back to the default on reset', async () => {
    await saveTarget({ indicator: 'on_time_rate', target: 98, direction: '>=', nearFrom: 90 });
    expect((await getTargets()).get('on_time_rate')).toEqual({ indicator: 'on_time_rate', target: 98, direction: '>=', nearFrom: 90, isDefault: false });
    await resetTarget('on_time_rate');
    expect((await getTargets()).get('on_time_rate')).toMatchObject({ target: 100, isDefault: true });
    expect(await db.targets.count()).toBe(0);
  });

  it('refuses a target whose near band is on the wrong side, storing nothing', async () => {
    await expect(saveTarget({ indicator: 'on_time_rate', target: 90, direction: '>=', nearFrom: 95 })).rejects.toMatchObject({ kind: 'invalid_input' });
    expect(await db.targets.count()).toBe(0);
  });
});

describe('settings', () => {
  it('starts from the defaults: an unnamed unit, never backed up', async () => {
    expect(await getSettings()).toEqual({ unitName: 'Đơn vị chưa đặt tên', parentLevel: null, lastBackupAt: null, lastDataChangeAt: null, persistAsked: false });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch and keeps the other settings', async () => {
    await saveSettings({ unitName: 'Huyện Tứ Kỳ' });
    await saveSettings({ lastBackupAt: 1_700_000_000_000 });
    expect(await getSettings()).toMatchObject({ unitName: 'Huyện Tứ Kỳ', lastBackupAt: 1_700_000_000_000, lastDataChangeAt: null });
  });

  it('reads a malformed stored value as the default', async () => {
    await db.settings.put({ key: 'lastBackupAt', value: 'hôm qua' });
    expect((await getSettings()).lastBackupAt).toBeNull();
  });

  it('refuses to store a value of the wrong type', async () => {
    await expect(saveSettings({ unitName: 42 } as unknown as { unitName: string })).rejects.toMatchObject({ kind: 'invalid_input' });
  });
});

describe('storage status', () => {
  it('says null, not 0 or false, where the browser cannot tell (jsdom has no StorageManager)', async () => {
    expect(await storageStatus()).toEqual({ persisted: null, usage: null, quota: null });
    expect(await requestPersistence()).toBeNull();
  });

  it("passes on the browser's answers and remembers that persistence was asked for", async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: {
        persisted: () => Promise.resolve(false),
        persist: () => Promise.resolve(false), // what headless Chromium answers
        estimate: () => Promise.resolve({ usage: 12_345, quota: 1_000_000 }),
      },
    });
    expect(await storageStatus()).toEqual({ persisted: false, usage: 12_345, quota: 1_000_000 });
    expect(await requestPersistence()).toBe(false);
    expect((await getSettings()).persistAsked).toBe(true);
  });
});
