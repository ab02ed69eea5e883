import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmptyState } from './EmptyState';
import { StorageError } from '../../db/errors';

const loadSampleData = vi.hoisted(() => vi.fn());
vi.mock('./sample-data', async (importOriginal) => ({ ...(await importOriginal<object>()), loadSampleData }));

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

function renderEmpty() {
  return render(
    <MemoryRouter>
      <EmptyState />
    </MemoryRouter>,
  );
}

describe('EmptyState', () => {
  it('says what to do first and links to the import page', () => {
    renderEmpty();
    expect(screen.getByRole('heading', { name: 'Chưa có dữ liệu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nhập dữ liệu' })).toHaveAttribute('href', '/nhap-du-lieu');
    expect(screen.getByText(/dữ liệu minh họa, không phải số liệu thật/)).toBeInTheDocument();
  });

  it.each([
    ['Dùng dữ liệu mẫu', 'demo'],
    ['Dùng 5 báo cáo thật của các xã', 'seeds'],
  ])('"%s" loads the %s set and shows its progress', async (name, set) => {
    const user = userEvent.setup();
    loadSampleData.mockImplementationOnce((_set: string, onProgress: (p: unknown) => void) => {
      onProgress({ fileName: 'huyen-minh-hoa-2023-Q1.csv', index: 3, total: 8, stage: 'read' });
      return new Promise(() => undefined);
    });
    renderEmpty();
    await user.click(screen.getByRole('button', { name }));
    expect(loadSampleData).toHaveBeenLastCalledWith(set, expect.any(Function));
    expect(screen.getByText('Đang nạp 3/8: huyen-minh-hoa-2023-Q1.csv (đọc và kiểm tra)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name })).toBeDisabled();
  });

  it('shows why a sample could not be loaded', async () => {
    const user = userEvent.setup();
    loadSampleData.mockRejectedValueOnce(new StorageError('quota_exceeded'));
    renderEmpty();
    await user.click(screen.getByRole('button', { name: 'Dùng dữ liệu mẫu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Bộ nhớ trình duyệt đã đầy: dữ liệu chưa được lưu/);
  });

  it('never shows an English error string: an unexpected failure is told in Vietnamese', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    loadSampleData.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderEmpty();
    await user.click(screen.getByRole('button', { name: 'Dùng dữ liệu mẫu' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Có lỗi ngoài dự kiến của ứng dụng; dữ liệu đã lưu không thay đổi/);
    expect(alert).not.toHaveTextContent(/Failed to fetch/);
  });
});
