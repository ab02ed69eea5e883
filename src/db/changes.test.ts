// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_CHANNEL, onDataChanged, type DataChange, type DataChangeKind } from './changes';
import { WRITE_LOCK } from './connection';
import { commitImport } from './imports';
import { undoImport } from './undo';
import { createBackup, parseBackup, restoreBackup } from './backup';
import { resetTarget, saveSettings, saveTarget } from './repository';
import { freshDb, inputOf, seed } from '../../tests/support/db';

let seen: DataChange[];
let stop: () => void;
beforeEach(() => {
  freshDb();
  seen = [];
  stop = onDataChanged((change) => seen.push(change));
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('onDataChanged', () => {
  const ACTIONS: readonly (readonly [string, DataChangeKind, () => Promise<unknown>])[] = [
    ['a committed import', 'import', async () => void (await commitImport(inputOf([seed('Xã Bình Lãng')])))],
    ['an undo', 'undo', async () => {
      const meta = await commitImport(inputOf([seed('Xã Bình Lãng')]));
      seen.length = 0;
      await undoImport(meta.id);
    }],
    ['a restore', 'restore', async () => {
      const parsed = await parseBackup(await createBackup());
      if (!parsed.ok) throw new Error('backup');
      seen.length = 0;
      await restoreBackup(parsed.backup, 'replace');
    }],
    ['a saved target', 'targets', async () => saveTarget({ indicator: 'online_rate', target: 60, direction: '>=', nearFrom: 40 })],
    ['a reset target', 'targets', async () => resetTarget('online_rate')],
    ['saved settings', 'settings', async () => saveSettings({ unitName: 'Huyện Tứ Kỳ' })],
  ];
  it.each(ACTIONS)('fires once in this tab after %s', async (_, kind, act) => {
    await act();
    expect(seen).toEqual([{ kind, origin: 'local' }]);
  });

  it('does not fire for a write that failed', async () => {
    const input = { ...inputOf([seed('Xã Bình Lãng')]), newCommunes: [] };
    await expect(commitImport(input)).rejects.toMatchObject({ kind: 'invalid_input' });
    expect(seen).toEqual([]);
  });

  it('hears changes another tab announces on the cchc-data channel, and tells other tabs of its own', async () => {
    const otherTab = new BroadcastChannel(CHANGE_CHANNEL);
    const heardByOther: unknown[] = [];
    otherTab.onmessage = (event: MessageEvent) => heardByOther.push(event.data);
    otherTab.postMessage({ kind: 'import' });
    await vi.waitFor(() => expect(seen).toEqual([{ kind: 'import', origin: 'other-tab' }]));

    await saveSettings({ unitName: 'Huyện Tứ Kỳ' });
    await vi.waitFor(() => expect(heardByOther).toEqual([{ kind: 'settings' }]));
    otherTab.close();
  });

  it('ignores messages on the channel that are not changes', async () => {
    const otherTab = new BroadcastChannel(CHANGE_CHANNEL);
    otherTab.postMessage({ kind: 'drop-everything' });
    otherTab.postMessage('import');
    otherTab.postMessage({ kind: 'targets' });
    await vi.waitFor(() => expect(seen).toEqual([{ kind: 'targets', origin: 'other-tab' }]));
    otherTab.close();
  });

  it('stops calling a listener once unsubscribed', async () => {
    stop();
    await saveSettings({ unitName: 'Huyện Tứ Kỳ' });
    expect(seen).toEqual([]);
  });
});

describe('writers across tabs', () => {
  it('take the cchc-write Web Lock where the browser has one', async () => {
    const taken: string[] = [];
    vi.stubGlobal('navigator', {
      ...navigator,
      locks: {
        request: async <T>(name: string, work: () => Promise<T>): Promise<T> => {
          taken.push(name);
          return work();
        },
      },
    });
    await commitImport(inputOf([seed('Xã Bình Lãng')]));
    await saveSettings({ unitName: 'Huyện Tứ Kỳ' });
    expect(taken).toEqual([WRITE_LOCK, WRITE_LOCK]);
    expect(WRITE_LOCK).toBe('cchc-write');
  });
});
