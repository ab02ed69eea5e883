import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TARGETS, type Target } from '../../domain/targets';
import type { IndicatorCode } from '../../domain/types';
import TargetsPage from './TargetsPage';

const repo = vi.hoisted(() => ({
  getTargets: vi.fn(),
  saveTarget: vi.fn(),
  resetTarget: vi.fn(),
}));

// Saving goes through the public API (src/db/index.ts); the react-query hook reads src/db/repository.
vi.mock('../../db', async (importOriginal) => ({ ...(await importOriginal<object>()), saveTarget: repo.saveTarget, resetTarget: repo.resetTarget }));
vi.mock('../../db/repository', async (importOriginal) => ({ ...(await importOriginal<object>()), getTargets: repo.getTargets }));

type Effective = Target & { readonly isDefault: boolean };

function defaults(): Map<IndicatorCode, Effective> {
  return new Map(
    DEFAULT_TARGETS.map((t) => [t.indicator, { indicator: t.indicator, target: t.target, direction: t.direction, nearFrom: t.nearFrom, isDefault: true }]),
  );
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <TargetsPage />
    </QueryClientProvider>,
  );
}

// Two cores are shared with other test runs: give queries time before calling them failures.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

beforeEach(() => {
  repo.getTargets.mockReset().mockResolvedValue(defaults());
  repo.saveTarget.mockReset().mockResolvedValue(undefined);
  repo.resetTarget.mockReset().mockResolvedValue(undefined);
});

describe('TargetsPage', () => {
  it('shows each default target with its band and provenance', async () => {
    renderPage();
    const row = (await screen.findByRole('rowheader', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('≥ 100 %')).toBeInTheDocument();
    expect(within(row).getByText('95 %')).toBeInTheDocument();
    expect(within(row).getByText('văn bản trung ương')).toBeInTheDocument();
    expect(within(row).getByText(/QĐ 766\/QĐ-TTg/)).toHaveTextContent('điểm tiến độ tăng tuyến tính theo tỷ lệ hồ sơ đúng hạn');
    const inferred = (await screen.findByRole('rowheader', { name: 'Tỷ lệ CBCC đạt chuẩn' })).closest('tr');
    expect(within(inferred as HTMLElement).getByText('đề xuất theo thực tiễn tỉnh')).toBeInTheDocument();
  });

  it('says "chưa đặt chỉ tiêu" for a derived indicator without a target, and offers to set one', async () => {
    renderPage();
    const row = (await screen.findByRole('rowheader', { name: 'Tỷ lệ CBCC có lý luận chính trị trung cấp trở lên' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('chưa đặt chỉ tiêu')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: /^Đặt chỉ tiêu/ })).toBeInTheDocument();
  });

  it('refuses a near band above a ≥ target with the validation message, and saves a valid one typed with a decimal comma', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Sửa: Tỷ lệ hồ sơ giải quyết đúng hạn' }));
    const near = screen.getByRole('textbox', { name: /^Bắt đầu vùng “gần đạt” \(%\): Tỷ lệ hồ sơ giải quyết đúng hạn/ });
    await user.clear(near);
    await user.type(near, '101');
    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('phải nhỏ hơn hoặc bằng chỉ tiêu');
    expect(alert).toHaveTextContent('0 – 100 %');
    expect(repo.saveTarget).not.toHaveBeenCalled();

    await user.clear(near);
    await user.type(near, '97,5');
    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    expect(repo.saveTarget).toHaveBeenCalledWith({ indicator: 'on_time_rate', direction: '>=', target: 100, nearFrom: 97.5 });
    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu chỉ tiêu: Tỷ lệ hồ sơ giải quyết đúng hạn.');
  });

  it('refuses text that is not a number', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Sửa: Tỷ lệ hồ sơ tiếp nhận trực tuyến' }));
    const target = screen.getByRole('textbox', { name: /^Mục tiêu \(%\): Tỷ lệ hồ sơ tiếp nhận trực tuyến/ });
    await user.clear(target);
    await user.type(target, 'tám mươi');
    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    expect(screen.getByRole('alert')).toHaveTextContent('phải là một số');
    expect(repo.saveTarget).not.toHaveBeenCalled();
  });

  it('resets a user-set target to its default', async () => {
    const user = userEvent.setup();
    const targets = defaults();
    targets.set('on_time_rate', { indicator: 'on_time_rate', direction: '>=', target: 98, nearFrom: 90, isDefault: false });
    repo.getTargets.mockResolvedValue(targets);
    renderPage();
    const row = (await screen.findByRole('rowheader', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' })).closest('tr');
    expect(within(row as HTMLElement).getByText('do đơn vị đặt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Về mặc định: Tỷ lệ hồ sơ giải quyết đúng hạn' }));
    expect(repo.resetTarget).toHaveBeenCalledWith('on_time_rate');
  });
});
