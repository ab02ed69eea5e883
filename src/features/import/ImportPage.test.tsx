import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError, type ImportMeta } from '../../db';
import type { ImportPlan } from '../../import/types';
import { resetImportSessionForTests } from './import-session';
import ImportPage from './ImportPage';
import { BINH_LANG_ACCENTLESS, block, planOf, problem } from '../../../tests/support/plans';
import { seed, tablesOf } from '../../../tests/support/db';
import { periodOf } from '../../../tests/support/reports';
import { lastImportStored } from '../../ui/instrumentation';
import { hasUnsavedWork } from '../../ui/unsaved-work';

const mocks = vi.hoisted(() => ({
  startImport: vi.fn(),
  commitImport: vi.fn(),
  listCommunes: vi.fn(),
  listAliases: vi.fn(),
  loadPeriods: vi.fn(),
  listImports: vi.fn(),
  getSettings: vi.fn(),
  requestPersistence: vi.fn(),
}));

vi.mock('../../import/client', () => ({ startImport: mocks.startImport, warmImportWorker: vi.fn(), releaseImportWorker: vi.fn() }));
// Direct calls go through the public API (src/db/index.ts); the react-query hooks read src/db/repository.
vi.mock('../../db', async (importOriginal) => {
  const { startImport: _worker, ...db } = mocks;
  return { ...(await importOriginal<object>()), ...db };
});
vi.mock('../../db/repository', async (importOriginal) => ({ ...(await importOriginal<object>()), listCommunes: mocks.listCommunes }));

const ERROR_ROW = problem({
  row: 7,
  column: 'Giải quyết đúng hạn',
  text: '12,5',
  message: 'Dòng 7, cột "Giải quyết đúng hạn": "12,5" không phải số nguyên — số hồ sơ phải là số nguyên không âm.',
});

function metaOf(plan: ImportPlan): ImportMeta {
  return {
    id: 1,
    fileName: plan.fileName,
    hash: plan.hash,
    byteLength: plan.byteLength,
    importedAt: Date.UTC(2026, 10, 25),
    layout: plan.layout ?? 'wide',
    encoding: plan.encoding,
    valueCount: plan.valueCount,
    communeCount: plan.communes.length,
    periods: plan.periods,
    replacedCount: 0,
    addedCount: 2,
    newCommuneIds: [],
    undoneAt: null,
  };
}

/** The worker answers with these plans, one per startImport call. */
function workerReturns(...plans: ImportPlan[]) {
  for (const plan of plans) mocks.startImport.mockImplementationOnce(() => ({ result: Promise.resolve(plan), cancel: vi.fn() }));
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ImportPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, name = 'binh-lang.csv') {
  await user.upload(screen.getByLabelText('Chọn tệp CSV để nhập'), new File(['x'], name, { type: 'text/csv' }));
}

// Two cores are shared with other test runs: give queries time before calling them failures.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

beforeEach(() => {
  resetImportSessionForTests();
  for (const m of Object.values(mocks)) m.mockReset();
  mocks.listCommunes.mockResolvedValue([{ id: '30715', code: '30715', name: 'Xã Bình Lãng', type: 'xã', parent: null }]);
  mocks.listAliases.mockResolvedValue([]);
  mocks.loadPeriods.mockResolvedValue(new Map());
  mocks.listImports.mockResolvedValue([]);
  mocks.getSettings.mockResolvedValue({ unitName: 'Huyện Tứ Kỳ', parentLevel: null, lastBackupAt: null, lastDataChangeAt: 1, persistAsked: false });
  mocks.requestPersistence.mockResolvedValue(false);
  mocks.commitImport.mockImplementation((input: { fileName: string }) => Promise.resolve({ ...metaOf(planOf()), fileName: input.fileName }));
});

describe('ImportPage', () => {
  it('has a standard multiple file input accepting csv, txt and tsv', () => {
    renderPage();
    const input = screen.getByLabelText('Chọn tệp CSV để nhập');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
    expect(input).toHaveAttribute('accept', '.csv,.txt,.tsv');
  });

  it('shows the file, row, column, text and reason of a row with an error', async () => {
    const user = userEvent.setup();
    workerReturns(planOf({ rowsWithErrors: 1, problems: [ERROR_ROW], valueCount: 3 }));
    renderPage();
    await chooseFile(user);
    const table = await screen.findByRole('table', { name: /Các dòng có lỗi/ });
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['binh-lang.csv', '7', 'Giải quyết đúng hạn', '12,5', ERROR_ROW.message]);
    expect(within(table).getByRole('columnheader', { name: 'Dòng' })).toBeInTheDocument();
  });

  it('keeps the commit button disabled while rows have errors, until the officer ticks the skip checkbox', async () => {
    const user = userEvent.setup();
    const plan = planOf({ rowsWithErrors: 1, problems: [ERROR_ROW], valueCount: 3 });
    // The store knows Cộng Lạc (by name) and not Bình Lãng, as the plan says.
    mocks.listCommunes.mockResolvedValue([{ id: 'ten:cộng lạc', code: null, name: 'Xã Cộng Lạc', type: 'xã', parent: null }]);
    workerReturns(plan);
    renderPage();
    await chooseFile(user);
    const commit = await screen.findByRole('button', { name: /^Lưu 3 giá trị/ });
    expect(commit).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /^Bỏ qua 1 dòng có lỗi, chỉ lưu các dòng hợp lệ/ }));
    expect(commit).toBeEnabled();
    await user.click(commit);
    expect(mocks.commitImport).toHaveBeenCalledTimes(1);
    const input = mocks.commitImport.mock.calls[0]?.[0] as { tables: { period: string; communeIds: string[] }[]; newCommunes: { id: string }[] };
    expect(input.tables.map((t) => [t.period, t.communeIds])).toEqual([['2022-H1', ['30715', 'ten:cộng lạc']]]);
    expect(input.newCommunes.map((c) => c.id)).toEqual(['30715']);
    expect(await screen.findByRole('link', { name: 'Xem tổng quan' })).toHaveAttribute('href', '/');
  });

  it('tells the shell a preview is unsaved work until it is stored, so no new version reloads the page under it', async () => {
    const user = userEvent.setup();
    workerReturns(planOf({ valueCount: 3 }));
    renderPage();
    expect(hasUnsavedWork()).toBe(false);
    await chooseFile(user);
    const commit = await screen.findByRole('button', { name: /^Lưu 3 giá trị/ });
    expect(hasUnsavedWork()).toBe(true);
    await user.click(commit);
    await screen.findByRole('link', { name: 'Xem tổng quan' });
    expect(hasUnsavedWork()).toBe(false);
  });

  it('never offers to store a fatal file', async () => {
    const user = userEvent.setup();
    const fatal = problem({ row: null, column: null, text: '', code: 'binary', message: 'Tệp "rac.csv" không phải văn bản CSV (có byte NUL).' });
    workerReturns(planOf({ fileName: 'rac.csv', fatal: true, layout: null, separator: null, communes: [], blocks: [], periods: [], valueCount: 0, problems: [fatal] }));
    renderPage();
    await chooseFile(user, 'rac.csv');
    expect(await screen.findByText(/Không thể lưu tệp này/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Lưu/ })).toBeDisabled();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('merges an accent-only look-alike into the known commune when chosen, and remembers the name', async () => {
    const user = userEvent.setup();
    workerReturns(
      planOf({
        communes: [BINH_LANG_ACCENTLESS],
        blocks: [block('2022-H1', [[BINH_LANG_ACCENTLESS.key, { dossiers_received: 738 }]])],
        valueCount: 1,
      }),
    );
    mocks.loadPeriods.mockResolvedValue(new Map([[periodOf('2022-H1'), tablesOf([{ ...seed('Xã Bình Lãng'), values: { dossiers_received: 700 } }])[0]]]));
    renderPage();
    await chooseFile(user);
    expect(await screen.findByRole('radio', { name: 'Thêm mới' })).toBeChecked();
    expect(await screen.findByText('1 giá trị mới')).toBeInTheDocument();
    expect(screen.getByText('0 giá trị đã lưu sẽ thay đổi')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Gộp vào Xã Bình Lãng' }));
    // Merged into the stored Bình Lãng, the file's 738 changes its stored 700: seen before it is stored.
    expect(screen.getByText('1 giá trị đã lưu sẽ thay đổi')).toBeInTheDocument();
    expect(screen.getByText(/Xã Bình Lãng, 6 tháng đầu năm 2022, .*tiếp nhận.*:/).textContent).toMatch(/700 → 738/);
    await user.click(screen.getByRole('button', { name: /^Lưu 1 giá trị/ }));
    const input = mocks.commitImport.mock.calls[0]?.[0] as { tables: { communeIds: string[] }[]; newCommunes: unknown[]; aliases: unknown[] };
    expect(input.tables[0]?.communeIds).toEqual(['30715']);
    expect(input.newCommunes).toEqual([]);
    expect(input.aliases).toEqual([{ alias: 'Xã Bình Lăng', communeId: '30715' }]);
  });

  it('reads the file again with the number convention the officer picks', async () => {
    const user = userEvent.setup();
    workerReturns(planOf(), planOf({ numberConvention: 'en', conventionReason: 'Người dùng chọn.' }));
    renderPage();
    await chooseFile(user);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Cách viết số' }), 'en');
    expect(await screen.findByText('Người dùng chọn.')).toBeInTheDocument();
    expect(mocks.startImport).toHaveBeenCalledTimes(2);
    expect(mocks.startImport.mock.calls[1]?.[1]).toMatchObject({ numberConvention: 'en' });
  });

  it('shows the storage error and keeps the file when the database refuses the write', async () => {
    const user = userEvent.setup();
    workerReturns(planOf());
    mocks.commitImport.mockRejectedValue(new StorageError('quota_exceeded'));
    renderPage();
    await chooseFile(user);
    await user.click(await screen.findByRole('button', { name: /^Lưu 6 giá trị/ }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.some((a) => /Bộ nhớ trình duyệt đã đầy/.test(a.textContent ?? ''))).toBe(true);
  });

  it('asks for persistent storage on the first import and says what the answer means', async () => {
    const user = userEvent.setup();
    workerReturns(planOf());
    renderPage();
    await chooseFile(user);
    await user.click(await screen.findByRole('button', { name: /^Lưu 6 giá trị/ }));
    expect(await screen.findByText(/chưa cho lưu bền vững/)).toBeInTheDocument();
    expect(mocks.requestPersistence).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: /Tạo bản sao lưu/ })).toHaveAttribute('href', '/du-lieu');
  });

  it('publishes the benchmark marks and timings', async () => {
    const user = userEvent.setup();
    performance.clearMarks();
    workerReturns(planOf());
    renderPage();
    await chooseFile(user);
    await user.click(await screen.findByRole('button', { name: /^Lưu 6 giá trị/ }));
    await screen.findByRole('link', { name: 'Xem tổng quan' });
    const marks = performance.getEntriesByType('mark').map((m) => m.name);
    expect(marks).toEqual(expect.arrayContaining(['cchc:import:start', 'cchc:import:parsed', 'cchc:import:stored']));
    expect(lastImportStored()).toMatchObject({ valueCount: 6, timings: { decodeMs: 1, parseMs: 2, validateMs: 3 } });
  });

  it('cancels a file being read with the "Hủy" button', async () => {
    const user = userEvent.setup();
    let reject: (e: unknown) => void = () => undefined;
    const cancel = vi.fn(() => reject(new DOMException('Đã hủy.', 'AbortError')));
    mocks.startImport.mockImplementationOnce((_file: File, _ctx: unknown, onProgress: (p: unknown) => void) => {
      onProgress({ stage: 'parse', bytesDone: 5_242_880, bytesTotal: 10_485_760, rows: 120_000 });
      return { result: new Promise((_, r) => (reject = r)), cancel };
    });
    renderPage();
    await chooseFile(user, 'ca-nuoc.csv');
    expect(await screen.findByText(/5,0 MB \/ 10,0 MB · 120\.000 dòng/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Đang đọc ca-nuoc.csv' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Đã hủy đọc tệp.')).toBeInTheDocument();
  });

  it('asks for the period of a form that names none, then reads it again with it', async () => {
    const user = userEvent.setup();
    workerReturns(planOf({ layout: 'form', needs: { commune: false, period: true }, valueCount: 0, blocks: [], periods: [] }), planOf({ layout: 'form' }));
    renderPage();
    await chooseFile(user, 'bieu-mau.csv');
    const period = await screen.findByRole('textbox', { name: /^Kỳ báo cáo/ });
    expect(screen.getByRole('button', { name: /^Lưu/ })).toBeDisabled();
    await user.type(period, 'Quý V/2022');
    await user.click(screen.getByRole('button', { name: 'Đọc lại với thông tin này' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Không hiểu kỳ báo cáo này');
    await user.clear(period);
    await user.type(period, '6 tháng đầu năm 2022');
    await user.click(screen.getByRole('button', { name: 'Đọc lại với thông tin này' }));
    expect(await screen.findByRole('button', { name: /^Lưu 6 giá trị/ })).toBeEnabled();
    expect(mocks.startImport.mock.calls[1]?.[1]).toMatchObject({ formPeriod: '2022-H1' });
  });

  it('shows 200 error rows at a time, and all of them on request', async () => {
    const user = userEvent.setup();
    const problems = Array.from({ length: 250 }, (_, i) =>
      problem({ row: i + 2, column: 'Số hồ sơ giải quyết quá hạn', text: '-1', message: `Dòng ${i + 2}: "-1" là số âm.` }),
    );
    workerReturns(planOf({ rowsWithErrors: 250, problems, valueCount: 0 }));
    renderPage();
    await chooseFile(user);
    const table = await screen.findByRole('table', { name: /Các dòng có lỗi — binh-lang\.csv \(250\)/ });
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    await user.click(screen.getByRole('button', { name: 'Hiện thêm 50 dòng' }));
    expect(within(table).getAllByRole('row')).toHaveLength(251);
    expect(within(table).getByText('Dòng 251: "-1" là số âm.')).toBeInTheDocument();
  });

  it("lists a form's untracked rows apart, behind a summary, so the data-check warnings stay first", async () => {
    const user = userEvent.setup();
    const untracked = Array.from({ length: 40 }, (_, i) =>
      problem({ row: i + 10, column: null, text: `1.${i} Mục khác`, severity: 'warning', code: 'form_row_skipped', message: `Dòng ${i + 10}: mục 1.${i} không thuộc các chỉ tiêu theo dõi.` }),
    );
    const mismatch = problem({ row: null, column: null, text: '', severity: 'warning', code: 'check_reported_rate_mismatch', message: 'Tỷ lệ hoàn thành là 63,6 %, nhưng 14/33 = 42,4 %.' });
    workerReturns(planOf({ problems: [...untracked, mismatch] }));
    renderPage();
    await chooseFile(user);
    const warnings = await screen.findByRole('table', { name: /Cảnh báo kiểm tra số liệu .* \(1\)/ });
    expect(within(warnings).getByText('Tỷ lệ hoàn thành là 63,6 %, nhưng 14/33 = 42,4 %.')).toBeInTheDocument();
    const summary = screen.getByText(/^40 dòng của biểu mẫu không thuộc các chỉ tiêu theo dõi/);
    expect(summary.closest('details')).not.toHaveAttribute('open');
    await user.click(summary);
    const rows = screen.getByRole('table', { name: /Dòng của biểu mẫu không được nhập .* \(40\)/ });
    expect(within(rows).getByText('Dòng 49: mục 1.39 không thuộc các chỉ tiêu theo dõi.')).toBeInTheDocument();
  });

  it('asks before replacing whole reports, saying how many stored values would go, and stores with the choice', async () => {
    const user = userEvent.setup();
    workerReturns(planOf());
    // Stored for Bình Lãng: 700 received (the file says 738) and 14 tasks done (the file says nothing).
    mocks.loadPeriods.mockResolvedValue(new Map([[periodOf('2022-H1'), tablesOf([{ ...seed('Xã Bình Lãng'), values: { dossiers_received: 700, plan_tasks_done: 14 } }])[0]]]));
    renderPage();
    await chooseFile(user);
    expect(await screen.findByText('1 giá trị đã lưu sẽ thay đổi')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Chỉ ghi các giá trị có trong tệp/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^Thay toàn bộ báo cáo của các xã/ }));
    expect(screen.getByText(/Sẽ xóa 1 giá trị đang lưu khi lưu tệp binh-lang\.csv/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Không, chỉ ghi/ }));
    expect(screen.getByRole('radio', { name: /^Chỉ ghi các giá trị có trong tệp/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^Thay toàn bộ báo cáo của các xã/ }));
    await user.click(screen.getByRole('button', { name: 'Đồng ý thay' }));
    expect(screen.getByRole('radio', { name: /^Thay toàn bộ báo cáo của các xã/ })).toBeChecked();
    expect(screen.getByText('1 giá trị đã lưu sẽ bị xóa')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Lưu 6 giá trị/ }));
    expect(mocks.commitImport.mock.calls[0]?.[0]).toMatchObject({ policy: 'replace' });
  });

  it('stores nothing of two files that give one value differently until the officer picks one, then leaves the other\'s value out', async () => {
    const user = userEvent.setup();
    const other = planOf({
      fileName: 'binh-lang-sua.csv',
      blocks: [block('2022-H1', [[0, { dossiers_received: 740 }], [1, { dossiers_resolved: 1590 }]])],
      valueCount: 2,
    });
    workerReturns(planOf(), other);
    renderPage();
    await user.upload(screen.getByLabelText('Chọn tệp CSV để nhập'), [new File(['x'], 'binh-lang.csv'), new File(['y'], 'binh-lang-sua.csv')]);
    const groups = await screen.findAllByRole('group', { name: 'Khác với tệp khác chọn cùng lúc' });
    expect(groups).toHaveLength(2);
    expect(within(groups[0] as HTMLElement).getByText(/1 giá trị khác với tệp binh-lang-sua\.csv/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Lưu 8 giá trị từ 2 tệp/ })).toBeDisabled();
    await user.click(within(groups[0] as HTMLElement).getByRole('radio', { name: 'Dùng giá trị của tệp binh-lang.csv' }));
    const commit = screen.getByRole('button', { name: /^Lưu 8 giá trị từ 2 tệp/ });
    expect(commit).toBeEnabled();
    await user.click(commit);
    expect(mocks.commitImport).toHaveBeenCalledTimes(2);
    const second = mocks.commitImport.mock.calls[1]?.[0] as { tables: { communeIds: string[]; values: Float64Array }[] };
    // The other file keeps Cộng Lạc's 1590, not its 740 for Bình Lãng.
    expect(second.tables[0]?.communeIds).toEqual(['30715', 'ten:cộng lạc']);
    expect(Number.isNaN(second.tables[0]?.values[0])).toBe(true);
  });
});
