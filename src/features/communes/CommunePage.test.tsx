import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../domain/dataset';
import { DEFAULT_TARGETS, type Target } from '../../domain/targets';
import { SEED_REPORTS, datasetOf } from '../../../tests/support/reports';
import type { IndicatorCode } from '../../domain/types';
import { useLangStore } from '../../ui/i18n';
import CommunePage from './CommunePage';
import CommunesPage from './CommunesPage';

const state = vi.hoisted(() => ({ dataset: undefined as Dataset | undefined, targets: undefined as Map<IndicatorCode, Target> | undefined }));
vi.mock('../../db/hooks', () => ({
  useDataset: () => ({ data: state.dataset }),
  useTargets: () => ({ data: state.targets }),
  useSettings: () => ({ data: { unitName: 'Huyện Tứ Kỳ' } }),
}));

const dataset = datasetOf(SEED_REPORTS);

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/xa" element={<CommunesPage />} />
        <Route path="/xa/:code" element={<CommunePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeAll(() => {
  vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
});
beforeEach(() => {
  useLangStore.setState({ lang: 'vi' });
  state.dataset = dataset;
  state.targets = new Map(DEFAULT_TARGETS.map((t) => [t.indicator, t]));
});
afterEach(cleanup);

describe('commune pages', () => {
  it('lists every commune with the periods it reported and a link to its page', () => {
    renderAt('/xa');
    const table = screen.getByRole('table', { name: /Danh sách xã\/phường/ });
    const link = within(table).getByRole('link', { name: 'Xã Bình Lãng' });
    expect(link).toHaveAttribute('href', `/xa/${encodeURIComponent('Xã Bình Lãng')}`);
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(screen.getByRole('button', { name: /^Tải CSV/ })).toBeInTheDocument();
  });

  it('shows every indicator of a commune, the computed plan completion 14 / 33 = 42,4 % beside the reported 63,6 %', () => {
    renderAt(`/xa/${encodeURIComponent('Xã Bình Lãng')}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Xã Bình Lãng' })).toBeInTheDocument();
    const plan = screen.getByRole('table', { name: /^Kế hoạch CCHC: mọi chỉ tiêu của Xã Bình Lãng/ });
    const row = (name: string) => within(plan).getByRole('rowheader', { name }).closest('tr');
    expect(row('Tỷ lệ hoàn thành Kế hoạch CCHC')).toHaveTextContent(/42,4\s%/);
    expect(row('Tỷ lệ hoàn thành Kế hoạch CCHC năm (số báo cáo)')).toHaveTextContent(/63,6\s%/);
    expect(screen.getAllByRole('button', { name: /^Tải CSV/ })).toHaveLength(4);
    expect(screen.getByRole('button', { name: /^Tải PNG/ })).toBeInTheDocument();
  });

  it('says so when no commune has the code', () => {
    renderAt('/xa/99999');
    expect(screen.getByRole('alert')).toHaveTextContent('Không tìm thấy xã/phường có mã "99999".');
  });
});
