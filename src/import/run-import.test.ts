import { describe, expect, it } from 'vitest';
import type { WorkerResponse } from './protocol';
import { PROGRESS_INTERVAL_MS, runImport } from './run-import';
import { workerFailed } from './failure';

const context = { knownCommunes: [], aliases: [] };

function collect() {
  const sent: { message: WorkerResponse; transfer: Transferable[] }[] = [];
  return { sent, post: (message: WorkerResponse, transfer: Transferable[]) => sent.push({ message, transfer }) };
}

describe('runImport (the worker body)', () => {
  it('posts the plan once, with the typed arrays of its blocks as transferables', async () => {
    const { sent, post } = collect();
    const file = new Blob(['Tên xã;Kỳ báo cáo;Tiếp nhận\nXã Bình Lãng;2022-H1;738\nXã Cộng Lạc;Quý I/2022;1.590\n']);
    await runImport({ type: 'start', file, fileName: 'a.csv', context }, post);
    const done = sent.filter((s) => s.message.type === 'done');
    expect(done).toHaveLength(1);
    const message = done[0]?.message;
    if (message?.type !== 'done') throw new Error('no plan posted');
    const { plan } = message;
    expect(plan.blocks).toHaveLength(2);
    expect(done[0]?.transfer).toHaveLength(6);
    for (const b of plan.blocks) for (const a of [b.communeIds, b.values, b.flags]) expect(done[0]?.transfer).toContain(a.buffer);
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it(`posts progress at most every ${PROGRESS_INTERVAL_MS} ms`, async () => {
    const { sent, post } = collect();
    let t = 0;
    const clock = () => (t += 10); // 10 ms pass between two looks at the clock
    const rows = Array.from({ length: 40000 }, (_, i) => `Xã Thử ${i};Quý I/2022;${i}`).join('\n');
    await runImport({ type: 'start', file: new Blob([`Tên xã;Kỳ báo cáo;Tiếp nhận\n${rows}\n`]), fileName: 'b.csv', context }, post, clock);
    const progress = sent.filter((s) => s.message.type === 'progress');
    // the first (reading the file) is immediate; the rest are throttled to one in five looks at the clock
    const lookups = t / 10;
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.length - 1).toBeLessThanOrEqual(Math.ceil(lookups / (PROGRESS_INTERVAL_MS / 10)));
    expect(sent.at(-1)?.message.type).toBe('done');
  });

  it('reports a failure to read the file as a message, not a crash', async () => {
    const { sent, post } = collect();
    const broken = { size: 3, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) } as unknown as Blob;
    await runImport({ type: 'start', file: broken, fileName: 'c.csv', context }, post);
    // In Vietnamese only: the browser's own error string stays in the console.
    expect(sent.at(-1)?.message).toEqual({ type: 'failed', message: workerFailed('c.csv').message });
    expect(JSON.stringify(sent.at(-1)?.message)).not.toContain('NotReadableError');
  });
});
