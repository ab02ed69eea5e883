import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAbortError } from './cancel';
import { releaseImportWorker, startImport, warmImportWorker } from './client';
import type { StartRequest, WorkerResponse } from './protocol';
import { runImport } from './run-import';

/** Runs the worker body in this thread, as the real worker would in its own. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(request: StartRequest): void {
    setTimeout(() => {
      void runImport(request, (message) => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
      });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.instances = [];
});

const context = { knownCommunes: [], aliases: [] };
const file = () => new File(['Tên xã;Kỳ báo cáo;Tiếp nhận\nXã Bình Lãng;2022-H1;738\n'], 'binh-lang.csv');

describe('startImport', () => {
  it('runs the import in a module worker and resolves with its plan', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress = vi.fn();
    const running = startImport(file(), context, progress);
    const plan = await running.result;
    expect(plan.fileName).toBe('binh-lang.csv');
    expect(plan.valueCount).toBe(1);
    expect(progress).toHaveBeenCalled();
    const [worker] = FakeWorker.instances;
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.url.pathname.endsWith('/worker.ts')).toBe(true);
    expect(worker?.terminated).toBe(true);
  });

  it('uses the worker started ahead by warmImportWorker, once', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmImportWorker();
    warmImportWorker();
    expect(FakeWorker.instances).toHaveLength(1);
    await startImport(file(), context, () => {}).result;
    expect(FakeWorker.instances).toHaveLength(1);
    await startImport(file(), context, () => {}).result;
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('terminates a waiting worker when released', () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmImportWorker();
    releaseImportWorker();
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });

  it('cancels by terminating the worker and rejects with an AbortError', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const running = startImport(file(), context, () => {});
    running.cancel();
    await expect(running.result).rejects.toSatisfy(isAbortError);
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });

  it('rejects with a Vietnamese message when the worker fails', async () => {
    class FailingWorker extends FakeWorker {
      override postMessage(): void {
        setTimeout(() => this.onerror?.({ message: 'boom' } as ErrorEvent), 0);
      }
    }
    vi.stubGlobal('Worker', FailingWorker);
    const failure = startImport(file(), context, () => {}).result;
    await expect(failure).rejects.toThrow(/^Lỗi khi đọc tệp "binh-lang\.csv": trình duyệt không đọc hết được tệp/);
    await expect(failure).rejects.not.toThrow(/boom/);
  });
});
