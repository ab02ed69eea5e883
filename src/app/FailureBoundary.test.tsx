import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUnsavedWork } from '../ui/unsaved-work';
import { FailureBoundary } from './FailureBoundary';

const reloadApp = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('./app-update', async (importOriginal) => ({ ...(await importOriginal<object>()), reloadApp }));

afterEach(() => {
  cleanup();
  setUnsavedWork('import', false);
  reloadApp.mockClear();
});

// What Chromium throws when a route's chunk cannot be fetched.
const chunkError = () => new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/AreaPage-x.js');

function renderRoute(page: React.ReactNode, resetKey = '/mot-cua') {
  return render(
    <MemoryRouter>
      <FailureBoundary resetKey={resetKey}>
        <Suspense fallback={<p>Đang tải…</p>}>{page}</Suspense>
      </FailureBoundary>
    </MemoryRouter>,
  );
}

function Thrower(props: { readonly error: Error }): never {
  throw props.error;
}

describe('FailureBoundary', () => {
  it('shows a Vietnamese message with "Tải lại" when a route’s code cannot load, never the browser’s words', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Page = lazy(() => Promise.reject(chunkError()));
    renderRoute(<Page />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không mở được trang này');
    expect(alert).toHaveTextContent('Không tải được phần mã của trang');
    expect(alert).not.toHaveTextContent(/Failed to fetch|AreaPage/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(reloadApp).toHaveBeenCalledTimes(1);
  });

  it('says a page that throws while rendering failed, and that stored data is safe', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderRoute(<Thrower error={new RangeError('Invalid array length')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Trang gặp lỗi khi hiển thị. Dữ liệu đã lưu không bị ảnh hưởng.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Invalid array length');
  });

  it('warns that a reload drops files not yet stored, and links to the import page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderRoute(<Thrower error={chunkError()} />);
    expect(screen.queryByText(/tải lại trang sẽ bỏ chúng/)).not.toBeInTheDocument();
    act(() => setUnsavedWork('import', true));
    expect(screen.getByText(/Đang có tệp nhập chưa lưu: tải lại trang sẽ bỏ chúng/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nhập dữ liệu' })).toHaveAttribute('href', '/nhap-du-lieu');
  });

  it('clears the failure when another route is opened', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const view = renderRoute(<Thrower error={chunkError()} />, '/mot-cua');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    view.rerender(
      <MemoryRouter>
        <FailureBoundary resetKey="/chi-tieu">
          <p>Chỉ tiêu</p>
        </FailureBoundary>
      </MemoryRouter>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Chỉ tiêu')).toBeInTheDocument();
  });
});
