import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../domain/dataset';
import { periodLabel } from '../../domain/periods';
import { DEFAULT_TARGETS, type Target } from '../../domain/targets';
import { SEED_REPORTS, datasetOf, periodOf } from '../../../tests/support/reports';
import type { IndicatorCode } from '../../domain/types';
import { useLangStore } from '../../ui/i18n';
import AreaPage from './AreaPage';

const state = vi.hoisted(() => ({ dataset: undefined as Dataset | undefined, targets: undefined as Map<IndicatorCode, Target> | undefined }));
vi.mock('../../db/hooks', () => ({
  useDataset: () => ({ data: state.dataset }),
  useTargets: () => ({ data: state.targets }),
  useSettings: () => ({ data: { unitName: 'Huyện Tứ Kỳ' } }),
}));

// The five seed reports, with Lộc Thủy and Cổ Thành's Q1 figures also given for H1 so
// that H1 has four communes with an on-time rate.
const H1 = periodLabel(periodOf('2022-H1'), 'vi');
const dataset = datasetOf([
  ...SEED_REPORTS,
  { commune: 'Xã Lộc Thủy', period: '2022-H1', values: { dossiers_resolved: 406, dossiers_resolved_on_time: 394, edu_university: 18, edu_college: 1, edu_intermediate: 2, staff_total: 21, assigned_tasks_total: 12, assigned_tasks_on_time: 10 } },
  { commune: 'Phường Cổ Thành', period: '2022-H1', values: { dossiers_resolved: 670, dossiers_resolved_on_time: 670 } },
]);

function Location() {
  const location = useLocation();
  return <p>{`url: ${location.pathname}${location.search}`}</p>;
}

function renderAt(url: string, area: 'one_window' | 'staff' | 'plan') {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="*" element={<><AreaPage area={area} /><Location /></>} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeAll(() => {
  // jsdom has no ResizeObserver; recharts' ResponsiveContainer asks for one.
  vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
});
beforeEach(() => {
  useLangStore.setState({ lang: 'vi' });
  state.dataset = dataset;
  state.targets = new Map(DEFAULT_TARGETS.map((t) => [t.indicator, t]));
});
afterEach(cleanup);

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));

describe('AreaPage', () => {
  it('opens from a deep link with its period, indicator and sort, and says which communes did not report', () => {
    renderAt('/mot-cua?ky=2022-H1&chi-tieu=on_time_rate&sap-xep=trang-thai', 'one_window');
    const table = screen.getByRole('table', { name: `Bảng xếp hạng các xã: Tỷ lệ hồ sơ giải quyết đúng hạn, ${H1}` });
    expect(rowsOf(table).map((r) => [r[1], r[2]])).toEqual([
      ['Xã Cộng Lạc', '99,9\u00A0%'],
      ['Xã Lộc Thủy', '97,0\u00A0%'],
      ['Phường Cổ Thành', '100,0\u00A0%'],
      ['Xã Bình Lãng', '100,0\u00A0%'],
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('4/5 xã đã báo cáo; 1 xã chưa có số liệu: Xã Đại Hợp');
  });

  it('shows the whole unit as Σ on-time ÷ Σ resolved, not a mean of rates, with its coverage', () => {
    renderAt('/mot-cua?ky=2022-H1', 'one_window');
    const unit = screen.getByRole('region', { name: /Toàn đơn vị/ });
    // (1589 + 738 + 394 + 670) / (1590 + 738 + 406 + 670) = 3391 / 3404 = 99,6 %
    expect(unit).toHaveTextContent(/99,6\s%/);
    // The mean of the four rates would be (99,94 + 100 + 97,04 + 100) / 4 = 99,2 %.
    expect(unit).not.toHaveTextContent(/99,2\s%/);
    expect(unit).toHaveTextContent('4/5 xã');
  });

  it('adds the data checks of each report to its row: Bình Lãng reports 63,6 % but 14 / 33 is 42,4 %', async () => {
    renderAt('/ke-hoach?ky=2022-H1&chi-tieu=plan_completion_rate', 'plan');
    const table = screen.getByRole('table', { name: /^Bảng xếp hạng các xã: Tỷ lệ hoàn thành Kế hoạch CCHC/ });
    const row = within(table).getByRole('rowheader', { name: 'Xã Bình Lãng' }).closest('tr');
    expect(row).toHaveTextContent(/42,4\s%/);
    expect(row).toHaveTextContent('14 / 33');
    await vi.waitFor(() => expect(row).toHaveTextContent(/63,6/));
  });

  it('writes the chosen indicator to chi-tieu', async () => {
    const user = userEvent.setup();
    renderAt('/mot-cua?ky=2022-H1', 'one_window');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Chỉ tiêu' }), 'late_rate');
    expect(screen.getByText(/^url:/)).toHaveTextContent('chi-tieu=late_rate');
    expect(screen.getByRole('table', { name: /Tỷ lệ hồ sơ giải quyết quá hạn/ })).toBeInTheDocument();
  });

  it('offers only the indicators of its area', () => {
    renderAt('/can-bo?ky=2022-H1&chi-tieu=on_time_rate', 'staff');
    const picker = screen.getByRole('combobox', { name: 'Chỉ tiêu' });
    expect(picker).toHaveValue('degree_share');
    expect(within(picker).queryByRole('option', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' })).toBeNull();
  });

  it.each([
    ['staff', [`Trình độ chuyên môn của cán bộ, công chức (${H1})`, `Trình độ lý luận chính trị (${H1})`]],
    ['plan', [`Thực hiện Kế hoạch CCHC (${H1})`, `Nhiệm vụ cấp trên giao: đúng hạn, trễ hạn, quá hạn (${H1})`]],
  ] as const)('the %s page adds its structure charts after the table is painted, each with a PNG export', async (area, titles) => {
    renderAt('/?ky=2022-H1', area);
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.queryByText(titles[0])).toBeNull();
    for (const title of titles) {
      expect(await screen.findByText(title)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `Tải PNG: ${title}` })).toBeInTheDocument();
    }
  });
});
