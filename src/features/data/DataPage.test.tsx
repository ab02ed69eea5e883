import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError, type ImportMeta } from '../../db';
import { periodOf } from '../../../tests/support/reports';
import DataPage from './DataPage';

const mocks = vi.hoisted(() => ({
  listImports: vi.fn(),
  getSettings: vi.fn(),
  saveSettings: vi.fn(),
  undoImport: vi.fn(),
  storageStatus: vi.fn(),
  requestPersistence: vi.fn(),
  parseBackup: vi.fn(),
  restoreBackup: vi.fn(),
}));

// Direct calls go through the public API (src/db/index.ts); the react-query hooks read src/db/repository.
vi.mock('../../db', async (importOriginal) => ({ ...(await importOriginal<object>()), ...mocks }));
vi.mock('../../db/repository', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  listImports: mocks.listImports,
  getSettings: mocks.getSettings,
}));

function meta(over: Partial<ImportMeta>): ImportMeta {
  return {
    id: 1,
    fileName: '000-xa-cong-lac-2022-H1-long.csv',
    hash: '00',
    byteLength: 900,
    importedAt: Date.UTC(2026, 10, 20, 3, 0),
    layout: 'long',
    encoding: 'utf-8',
    valueCount: 29,
    communeCount: 1,
    periods: [periodOf('2022-H1')],
    replacedCount: 0,
    addedCount: 1,
    newCommuneIds: ['ten:cộng lạc'],
    undoneAt: null,
    ...over,
  };
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <DataPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

// Two cores are shared with other test runs: give queries time before calling them failures.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

beforeEach(() => {
  for (const m of Object.values(mocks)) m.mockReset();
  mocks.listImports.mockResolvedValue([
    meta({ id: 2, fileName: '004-phuong-co-thanh-2022-Q1-long.csv', periods: [periodOf('2022-Q1')], valueCount: 24, replacedCount: 1 }),
    meta({ id: 1, undoneAt: Date.UTC(2026, 10, 21) }),
  ]);
  mocks.getSettings.mockResolvedValue({ unitName: 'Huyện Tứ Kỳ', parentLevel: null, lastBackupAt: null, lastDataChangeAt: Date.UTC(2026, 10, 20), persistAsked: true });
  mocks.saveSettings.mockResolvedValue(undefined);
  mocks.storageStatus.mockResolvedValue({ persisted: false, usage: 1572864, quota: 104857600 });
  mocks.undoImport.mockResolvedValue({ restored: 1, skipped: 0 });
});

describe('DataPage', () => {
  it('lists the import history with values, periods and replaced reports', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Các lần nhập, mới nhất trước (2)' });
    const row = within(table).getByRole('rowheader', { name: '004-phuong-co-thanh-2022-Q1-long.csv' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('24')).toBeInTheDocument();
    expect(within(row).getByText('Quý I/2022')).toBeInTheDocument();
    expect(within(row).getByText('Đang dùng')).toBeInTheDocument();
    const undone = within(table).getByRole('rowheader', { name: '000-xa-cong-lac-2022-H1-long.csv' }).closest('tr') as HTMLElement;
    expect(within(undone).getByText(/^Đã hoàn tác/)).toBeInTheDocument();
    expect(within(undone).queryByRole('button')).not.toBeInTheDocument();
  });

  it('undoes an import from its history row and reports what was restored', async () => {
    const user = userEvent.setup();
    mocks.undoImport.mockResolvedValue({ restored: 1, skipped: 2 });
    renderPage();
    await user.click(await screen.findByRole('button', { name: /^Hoàn tác: 004-phuong-co-thanh-2022-Q1-long\.csv/ }));
    expect(mocks.undoImport).toHaveBeenCalledWith(2);
    const status = await screen.findByText(/^Đã hoàn tác 004-phuong-co-thanh/);
    expect(status).toHaveTextContent('1 báo cáo đã trở về như trước lần nhập này');
    expect(status).toHaveTextContent('Giữ nguyên 2 báo cáo');
  });

  it('shows an undo refused by the database as an error', async () => {
    const user = userEvent.setup();
    mocks.undoImport.mockRejectedValue(new StorageError('already_undone'));
    renderPage();
    await user.click(await screen.findByRole('button', { name: /^Hoàn tác: 004/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('đã được hoàn tác trước đó');
  });

  it('explains what not persistent means and shows usage in MB', async () => {
    renderPage();
    expect(await screen.findByText(/trình duyệt có quyền tự xóa dữ liệu/)).toBeInTheDocument();
    expect(screen.getByText(/1,5 MB/)).toHaveTextContent('100,0 MB');
    expect(screen.getByRole('button', { name: 'Xin lưu bền vững' })).toBeInTheDocument();
  });

  it('offers the all-data CSV export and the backup download', async () => {
    renderPage();
    expect(await screen.findByRole('button', { name: /^Tải CSV toàn bộ dữ liệu/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải bản sao lưu' })).toBeInTheDocument();
    expect(await screen.findByText(/nên sao lưu lại/)).toBeInTheDocument();
  });

  it('refuses a broken backup with its reasons and touches nothing', async () => {
    const user = userEvent.setup();
    mocks.parseBackup.mockResolvedValue({ ok: false, errors: ['Mã kiểm tra (checksum) không khớp: tệp đã bị sửa hoặc hỏng.'] });
    renderPage();
    await user.upload(screen.getByLabelText('Chọn tệp sao lưu để khôi phục'), new File(['{}'], 'sao-luu.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('checksum');
    expect(mocks.restoreBackup).not.toHaveBeenCalled();
  });

  it('restores a valid backup in the mode the officer chooses', async () => {
    const user = userEvent.setup();
    const backup = {
      version: 2,
      createdAt: Date.UTC(2026, 10, 22),
      checksum: 'x',
      data: { communes: [{}], periods: [{}, {}], imports: [{}], importUndo: [], targets: [], settings: [], communeAliases: [] },
    };
    mocks.parseBackup.mockResolvedValue({ ok: true, backup });
    mocks.restoreBackup.mockResolvedValue({ communes: 1, reports: 2, imports: 1 });
    renderPage();
    await user.upload(screen.getByLabelText('Chọn tệp sao lưu để khôi phục'), new File(['{}'], 'sao-luu.json', { type: 'application/json' }));
    expect(await screen.findByText(/1 xã\/phường, 2 kỳ, 1 lần nhập/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gộp' }));
    expect(mocks.restoreBackup).toHaveBeenCalledWith(backup, 'merge');
    expect(await screen.findByText(/^Đã khôi phục/)).toHaveTextContent('2 báo cáo');
  });

  it('saves the unit name', async () => {
    const user = userEvent.setup();
    renderPage();
    const input = await screen.findByRole('textbox', { name: 'Tên đơn vị hiển thị ở đầu trang' });
    await screen.findByDisplayValue('Huyện Tứ Kỳ');
    await user.clear(input);
    await user.type(input, 'Huyện Gia Lộc');
    await user.click(screen.getByRole('button', { name: 'Lưu tên đơn vị' }));
    expect(mocks.saveSettings).toHaveBeenCalledWith({ unitName: 'Huyện Gia Lộc' });
  });
});
