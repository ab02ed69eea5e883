import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TARGETS, type Target } from '../domain/targets';
import { datasetOf, periodOf, type TestReport } from '../../tests/support/reports';
import type { IndicatorCode } from '../domain/types';
import { useLangStore } from './i18n';
import { buildLeagueRows } from './league';
import { LeagueTable, TABLE_RENDERED_MARK, parseSort, type Sort } from './LeagueTable';

// H1 2022 resolved / on-time counts: the seeds' Cộng Lạc (1.589 / 1.590), Bình Lãng (738 / 738),
// Cổ Thành (670 / 670), Đại Hợp (1.992 / 1.992), Lộc Thủy (394 / 406); Ngọc Sơn has the typo
// 15.900 for 1.590; Tân Kỳ reported received dossiers only.
const H1: readonly TestReport[] = [
  { commune: 'Xã Cộng Lạc', period: '2022-H1', values: { dossiers_resolved: 1590, dossiers_resolved_on_time: 1589 } },
  {
    commune: 'Xã Bình Lãng',
    period: '2022-H1',
    values: { dossiers_resolved: 738, dossiers_resolved_on_time: 738, plan_tasks_total: 33, plan_tasks_done: 14, plan_completion_reported: 63.6 },
  },
  { commune: 'Phường Cổ Thành', period: '2022-H1', values: { dossiers_resolved: 670, dossiers_resolved_on_time: 670 } },
  { commune: 'Xã Đại Hợp', period: '2022-H1', values: { dossiers_resolved: 1992, dossiers_resolved_on_time: 1992 } },
  { commune: 'Xã Lộc Thủy', period: '2022-H1', values: { dossiers_resolved: 406, dossiers_resolved_on_time: 394 } },
  { commune: 'Xã Ngọc Sơn', period: '2022-H1', values: { dossiers_resolved: 15900, dossiers_resolved_on_time: 1589 } },
  { commune: 'Xã Tân Kỳ', period: '2022-H1', values: { dossiers_received: 486 } },
];
// Q1 2022, the comparison for H1 ("quý trước"): Lộc Thủy and Cổ Thành as in their seed reports,
// Cộng Lạc lower than in H1, Bình Lãng lower too.
const Q1: readonly TestReport[] = [
  { commune: 'Xã Lộc Thủy', period: '2022-Q1', values: { dossiers_resolved: 406, dossiers_resolved_on_time: 394 } },
  { commune: 'Phường Cổ Thành', period: '2022-Q1', values: { dossiers_resolved: 670, dossiers_resolved_on_time: 670 } },
  { commune: 'Xã Cộng Lạc', period: '2022-Q1', values: { dossiers_resolved: 800, dossiers_resolved_on_time: 760 } },
  { commune: 'Xã Bình Lãng', period: '2022-Q1', values: { dossiers_resolved: 300, dossiers_resolved_on_time: 290 } },
];

const dataset = datasetOf([...H1, ...Q1]);
const H1_CODE = periodOf('2022-H1');
const Q1_CODE = periodOf('2022-Q1');
const target = (code: IndicatorCode): Target | undefined => DEFAULT_TARGETS.find((t) => t.indicator === code);

function Harness(props: { readonly code: IndicatorCode; readonly target?: Target | undefined; readonly initialSort?: string }) {
  const [sort, setSort] = useState<Sort>(parseSort(props.initialSort ?? null));
  const rows = buildLeagueRows({ dataset, period: H1_CODE, previousPeriod: Q1_CODE, code: props.code, target: props.target });
  return (
    <MemoryRouter>
      <LeagueTable rows={rows} code={props.code} period={H1_CODE} previousPeriod={Q1_CODE} caption="Bảng xếp hạng" sort={sort} onSortChange={setSort} />
    </MemoryRouter>
  );
}

/** Body rows as [rank, commune, value, parts, change, rank move, status, warnings] texts. */
function bodyRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Bảng xếp hạng' });
  const [, ...rows] = within(table).getAllByRole('row');
  return rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

const column = (index: number) => bodyRows().map((cells) => cells[index]);
const NBSP = '\u00A0';

beforeEach(() => useLangStore.setState({ lang: 'vi' }));
// Vitest runs without globals here, so Testing Library cannot clean up by itself.
afterEach(cleanup);

describe('LeagueTable', () => {
  it('ranks best first; ties by the displayed value share a rank; missing goes last unranked', () => {
    render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
    expect(bodyRows().map((cells) => [cells[0], cells[1]])).toEqual([
      ['1', 'Phường Cổ Thành'],
      ['1', 'Xã Bình Lãng'],
      ['1', 'Xã Đại Hợp'],
      ['4', 'Xã Cộng Lạc'],
      ['5', 'Xã Lộc Thủy'],
      ['6', 'Xã Ngọc Sơn'],
      ['—', 'Xã Tân Kỳ'],
    ]);
    expect(column(2)).toEqual([`100,0${NBSP}%`, `100,0${NBSP}%`, `100,0${NBSP}%`, `99,9${NBSP}%`, `97,0${NBSP}%`, `10,0${NBSP}%`, '—']);
  });

  it('shows the parts a rate is computed from, the Vietnamese way', () => {
    render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
    const cells = bodyRows().find((c) => c[1] === 'Xã Cộng Lạc');
    expect(cells?.[3]).toBe('1.589 / 1.590');
    expect(bodyRows().find((c) => c[1] === 'Xã Ngọc Sơn')?.[3]).toBe('1.589 / 15.900');
  });

  it.each([
    ['Phường Cổ Thành', 'Đạt'],
    ['Xã Cộng Lạc', 'Gần đạt'], // 99,9 % against target 100, near from 95
    ['Xã Lộc Thủy', 'Gần đạt'], // 97,0 %
    ['Xã Ngọc Sơn', 'Chưa đạt'], // 10,0 %
    ['Xã Tân Kỳ', 'Không có số liệu'],
  ])('labels the status of %s in words: %s', (commune, label) => {
    render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
    const cells = bodyRows().find((c) => c[1] === commune);
    expect(cells?.[6]).toContain(label);
  });

  it('says "chưa đặt chỉ tiêu" without a status colour when the indicator has no target', () => {
    render(<Harness code="late_rate" target={undefined} />);
    const badges = screen.getAllByText('chưa đặt chỉ tiêu');
    expect(badges.length).toBe(7);
    for (const badge of badges) expect(badge.className).toBe('status status-none');
  });

  it('shows the change against the comparable period and the rank movement', () => {
    render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
    const byName = new Map(bodyRows().map((c) => [c[1], c]));
    // Q1 ranks: Cổ Thành 100 %, Lộc Thủy 97,0 %, Bình Lãng 96,7 % (290 / 300), Cộng Lạc 95,0 % (760 / 800).
    expect(byName.get('Xã Cộng Lạc')?.[4]).toBe(`+4,9${NBSP}điểm${NBSP}%`);
    expect(byName.get('Xã Cộng Lạc')?.[5]).toBe('='); // 4th then, 4th now
    expect(byName.get('Xã Bình Lãng')?.[5]).toBe('▲2'); // 3rd → 1st
    expect(byName.get('Xã Lộc Thủy')?.[5]).toBe('▼3'); // 2nd → 5th
    expect(screen.getByRole('img', { name: 'lên 2 bậc' })).toHaveTextContent('▲2');
    expect(screen.getByRole('img', { name: 'xuống 3 bậc' })).toHaveTextContent('▼3');
    expect(byName.get('Phường Cổ Thành')?.[4]).toBe(`0,0${NBSP}điểm${NBSP}%`);
    // No Q1 report: no change.
    expect(byName.get('Xã Đại Hợp')?.[4]).toBe('—');
  });

  it('flags a figure far from the other communes (15.900 among ~1.590s) by the modified z-score', () => {
    render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
    const byName = new Map(bodyRows().map((c) => [c[1], c]));
    expect(byName.get('Xã Ngọc Sơn')?.[7]).toContain('15.900');
    expect(byName.get('Xã Cộng Lạc')?.[7]).toBe('');
  });

  it('shows the data check of Bình Lãng: 14 of 33 tasks is 42,4 %, not the 63,6 % it reported', () => {
    render(<Harness code="plan_completion_rate" target={target('plan_completion_rate')} />);
    const cells = bodyRows().find((c) => c[1] === 'Xã Bình Lãng');
    expect(cells?.[2]).toBe(`42,4${NBSP}%`);
    expect(cells?.[3]).toBe('14 / 33');
    expect(cells?.[7]).toContain('63,6');
    expect(cells?.[7]).toContain('42,4');
  });

  it('sorts by a column header click, and reverses on a second click', async () => {
    const user = userEvent.setup();
    render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
    await user.click(screen.getByRole('button', { name: /^Xã\/phường/ }));
    expect(column(1)).toEqual(['Phường Cổ Thành', 'Xã Bình Lãng', 'Xã Cộng Lạc', 'Xã Đại Hợp', 'Xã Lộc Thủy', 'Xã Ngọc Sơn', 'Xã Tân Kỳ']);
    expect(screen.getByRole('columnheader', { name: /^Xã\/phường/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /^Xã\/phường/ }));
    expect(column(1)[0]).toBe('Xã Tân Kỳ');
    expect(screen.getByRole('columnheader', { name: /^Xã\/phường/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts by change: most improved first, missing changes last in either direction', async () => {
    const user = userEvent.setup();
    render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
    await user.click(screen.getByRole('button', { name: /^Thay đổi/ }));
    // Cộng Lạc +4,9, Bình Lãng +3,3, Cổ Thành 0, Lộc Thủy 0; then no change.
    expect(column(1).slice(0, 4)).toEqual(['Xã Cộng Lạc', 'Xã Bình Lãng', 'Phường Cổ Thành', 'Xã Lộc Thủy']);
    await user.click(screen.getByRole('button', { name: /^Thay đổi/ }));
    expect(column(1).slice(0, 4)).toEqual(['Phường Cổ Thành', 'Xã Lộc Thủy', 'Xã Bình Lãng', 'Xã Cộng Lạc']);
    expect(column(4).slice(4)).toEqual(['—', '—', '—']);
  });

  it('puts communes behind target first when sorted by status (the overview link)', () => {
    render(<Harness code="on_time_rate" target={target('on_time_rate')} initialSort="trang-thai" />);
    expect(column(1).slice(0, 3)).toEqual(['Xã Ngọc Sơn', 'Xã Cộng Lạc', 'Xã Lộc Thủy']);
  });

  describe('CSV export', () => {
    let saved: Blob | null = null;
    beforeEach(() => {
      saved = null;
      vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => ((saved = blob), 'blob:test'), revokeObjectURL: () => undefined }));
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    });
    afterEach(() => vi.restoreAllMocks());

    it('writes the contract header, full-precision per-cent values, empty missing, ranks and statuses, in table order', async () => {
      const user = userEvent.setup();
      render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
      await user.click(screen.getByRole('button', { name: /^Tải CSV/ }));
      expect(saved).not.toBeNull();
      const bytes = new Uint8Array(await saved!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      expect(text.split('\r\n')).toEqual([
        'commune_code,commune_name,period,indicator,value,rank,status',
        ',Phường Cổ Thành,2022-H1,on_time_rate,100,1,met',
        ',Xã Bình Lãng,2022-H1,on_time_rate,100,1,met',
        ',Xã Đại Hợp,2022-H1,on_time_rate,100,1,met',
        `,Xã Cộng Lạc,2022-H1,on_time_rate,${(1589 / 1590) * 100},4,near`,
        `,Xã Lộc Thủy,2022-H1,on_time_rate,${(394 / 406) * 100},5,near`,
        `,Xã Ngọc Sơn,2022-H1,on_time_rate,${(1589 / 15900) * 100},6,behind`,
        ',Xã Tân Kỳ,2022-H1,on_time_rate,,,no_data',
        ...(text.endsWith('\r\n') ? [''] : []),
      ]);
    });
  });

  it('shows a province of 250 communes 50 rows a page, ranked across pages', async () => {
    const user = userEvent.setup();
    const many = datasetOf(
      Array.from({ length: 250 }, (_, i) => ({
        commune: `Xã Thử ${String(i).padStart(3, '0')}`,
        period: '2022-H1',
        values: { dossiers_resolved: 1000, dossiers_resolved_on_time: 1000 - i },
      })),
    );
    const rows = buildLeagueRows({ dataset: many, period: H1_CODE, previousPeriod: null, code: 'on_time_rate', target: target('on_time_rate') });
    render(
      <MemoryRouter>
        <LeagueTable rows={rows} code="on_time_rate" period={H1_CODE} previousPeriod={null} caption="Bảng xếp hạng" sort={parseSort(null)} onSortChange={() => undefined} />
      </MemoryRouter>,
    );
    expect(bodyRows()).toHaveLength(50);
    expect(column(0)[0]).toBe('1');
    expect(screen.getByRole('status')).toHaveTextContent('Đang hiện hạng 1–50 trong 250 xã');
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(column(0)[0]).toBe('101');
    expect(screen.getByRole('status')).toHaveTextContent('Đang hiện hạng 101–150 trong 250 xã');
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(bodyRows()).toHaveLength(50);
    expect(column(0)[0]).toBe('201');
    expect(column(1)[49]).toBe('Xã Thử 249');
    expect(screen.getByRole('button', { name: 'Trang sau' })).toBeDisabled();
  });

  it('publishes the render mark the benchmark reads', () => {
    const mark = vi.spyOn(performance, 'mark');
    act(() => {
      render(<Harness code="on_time_rate" target={target('on_time_rate')} />);
    });
    expect(mark).toHaveBeenCalledWith(TABLE_RENDERED_MARK);
    mark.mockRestore();
  });
});
