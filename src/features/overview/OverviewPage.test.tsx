import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../domain/dataset';
import { DEFAULT_TARGETS, type Target } from '../../domain/targets';
import { SEED_REPORTS, datasetOf } from '../../../tests/support/reports';
import type { IndicatorCode } from '../../domain/types';
import { useLangStore } from '../../ui/i18n';
import OverviewPage from './OverviewPage';

const state = vi.hoisted(() => ({ dataset: undefined as Dataset | undefined, targets: undefined as Map<IndicatorCode, Target> | undefined }));
vi.mock('../../db/hooks', () => ({
  useDataset: () => ({ data: state.dataset }),
  useTargets: () => ({ data: state.targets }),
  useSettings: () => ({ data: { unitName: 'Huyện Tứ Kỳ' } }),
}));

// The seeds: Cộng Lạc and Bình Lãng reported H1 2022; Lộc Thủy and Cổ Thành Q1 2022
// (the comparison "quý trước" for H1); Đại Hợp 9M 2021. Lộc Thủy's H1 is made up.
const dataset = datasetOf([
  ...SEED_REPORTS,
  { commune: 'Xã Lộc Thủy', period: '2022-H1', values: { dossiers_resolved: 900, dossiers_resolved_on_time: 850 } },
]);

function Location() {
  const location = useLocation();
  return <p>{`url: ${location.pathname}${location.search}`}</p>;
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="*" element={<><OverviewPage /><Location /></>} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  useLangStore.setState({ lang: 'vi' });
  state.dataset = dataset;
  state.targets = new Map(DEFAULT_TARGETS.map((t) => [t.indicator, t]));
});
afterEach(cleanup);

describe('OverviewPage', () => {
  it('shows the on-time rate of the unit as Σ on-time ÷ Σ resolved with its coverage and change', () => {
    renderAt('/?ky=2022-H1');
    const card = screen.getByRole('region', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' });
    // (1589 + 738 + 850) / (1590 + 738 + 900) = 3177 / 3228 = 98,42 %; Q1: (394 + 670) / (406 + 670) = 98,88 %.
    expect(card).toHaveTextContent(/98,4\s%/);
    expect(card).toHaveTextContent('3/5 xã');
    expect(card).toHaveTextContent('Gần đạt');
    expect(card).toHaveTextContent(/-0,5\sđiểm\s%/);
  });

  it('links the communes behind a target to the league table sorted to show them first', () => {
    renderAt('/?ky=2022-H1');
    const card = screen.getByRole('region', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' });
    // Lộc Thủy 850 / 900 = 94,4 % is behind (near from 95,0); Cộng Lạc 99,9 % is near.
    expect(card).toHaveTextContent('1 xã gần đạt');
    expect(within(card).getByRole('link', { name: '1 xã chưa đạt chỉ tiêu' })).toHaveAttribute(
      'href',
      '/mot-cua?ky=2022-H1&chi-tieu=on_time_rate&sap-xep=trang-thai&so-sanh=quy-truoc',
    );
    const plan = screen.getByRole('region', { name: 'Tỷ lệ hoàn thành Kế hoạch CCHC' });
    const link = within(plan).getByRole('link', { name: '1 xã chưa đạt chỉ tiêu' }); // Bình Lãng, 42,4 %
    expect(link).toHaveAttribute('href', '/ke-hoach?ky=2022-H1&chi-tieu=plan_completion_rate&sap-xep=trang-thai&so-sanh=quy-truoc');
  });

  it('says which communes have not reported the period', () => {
    renderAt('/?ky=2022-H1');
    const section = screen.getByRole('region', { name: 'Tình hình báo cáo' });
    expect(section).toHaveTextContent('3/5 xã đã báo cáo; 2 xã chưa có số liệu: Xã Đại Hợp, Phường Cổ Thành');
  });

  it('compares with the same period a year earlier on request, saying when there is no data for it', async () => {
    const user = userEvent.setup();
    renderAt('/?ky=2022-H1');
    await user.click(screen.getByRole('radio', { name: 'Cùng kỳ năm trước' }));
    expect(screen.getByText(/^url:/)).toHaveTextContent('so-sanh=cung-ky');
    const card = screen.getByRole('region', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' });
    expect(card).toHaveTextContent(/Không có số liệu .*2021 để so sánh/);
  });

  it('prints on request', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderAt('/?ky=2022-H1');
    await user.click(screen.getByRole('button', { name: 'In (A4 ngang)' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
