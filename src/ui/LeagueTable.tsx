import { memo, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { isDerivedCode } from '../domain/catalog';
import { formatChange, formatCount, formatIndicatorValue, type Lang } from '../domain/format';
import { periodLabel } from '../domain/periods';
import type { Status } from '../domain/targets';
import type { IndicatorCode, PeriodCode } from '../domain/types';
import { CsvButton } from './CsvButton';
import { fileNameOf } from './download';
import { pick, useLang, type Bilingual } from './i18n';
import { communePath, leagueCsvRows, partsText, type LeagueRow } from './league';
import { StatusLabel } from './StatusBadge';
import { fill } from './template';
import { markTableRendered, MARKS } from './instrumentation';

/** The benchmark reads this mark after every render of a league table. */
export const TABLE_RENDERED_MARK = MARKS.tableRendered;

/**
 * Rows drawn at once. Chromium lays out a league-table row in ~0.3 ms here
 * and React renders it in about as much: 100 rows took ~35 ms of layout in a
 * switch that must be on screen within 100 ms, 50 rows half that (measured).
 * A district's table (10–30 communes) is always on one page.
 */
export const PAGE_SIZE = 50;

export const SORT_KEYS = ['hang', 'xa', 'gia-tri', 'thanh-phan', 'thay-doi', 'thu-hang', 'trang-thai', 'canh-bao'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Sort state as written in the URL (`sap-xep`): a key in its natural order, or `-key` reversed. */
export interface Sort {
  readonly key: SortKey;
  readonly reversed: boolean;
}

export function parseSort(text: string | null): Sort {
  const reversed = text?.startsWith('-') ?? false;
  const key = SORT_KEYS.find((k) => k === (reversed ? text?.slice(1) : text));
  return key ? { key, reversed } : { key: 'hang', reversed: false };
}

export function formatSort(sort: Sort): string {
  return `${sort.reversed ? '-' : ''}${sort.key}`;
}

const STATUS_ORDER: Readonly<Record<Status | 'none', number>> = { behind: 0, near: 1, met: 2, no_data: 3, none: 4 };

/**
 * Each key's natural order puts what a leader looks for first: best rank,
 * A→Z, largest value, most improved, behind target, most warnings.
 * Returns null for rows that go last whatever the direction (missing).
 */
const SORT_VALUE: Readonly<Record<SortKey, (row: LeagueRow) => number | string | null>> = {
  hang: (r) => r.rank,
  xa: (r) => r.name,
  'gia-tri': (r) => (r.value === null ? null : -r.value),
  'thanh-phan': (r) => (r.denominator === null ? null : -r.denominator),
  'thay-doi': (r) => (r.improvement === null ? null : -r.improvement),
  'thu-hang': (r) => (r.rankChange === null ? null : -r.rankChange),
  'trang-thai': (r) => STATUS_ORDER[r.status ?? 'none'],
  'canh-bao': (r) => -r.warnings.length,
};

const collator = new Intl.Collator('vi');

/** Rows in the requested order; missing values last in either direction, ties in rank order. */
export function sortRows(rows: readonly LeagueRow[], sort: Sort): LeagueRow[] {
  const valueOf = SORT_VALUE[sort.key];
  const keyed = rows.map((row, index) => ({ row, index, key: valueOf(row) }));
  const sign = sort.reversed ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
      return a.index - b.index;
    }
    const order = typeof a.key === 'string' || typeof b.key === 'string' ? collator.compare(String(a.key), String(b.key)) : a.key - b.key;
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

const TEXT = {
  rank: { vi: 'Hạng', en: 'Rank' },
  commune: { vi: 'Xã/phường', en: 'Commune' },
  value: { vi: 'Giá trị', en: 'Value' },
  parts: { vi: 'Thành phần', en: 'Parts' },
  change: { vi: 'Thay đổi', en: 'Change' },
  rankChange: { vi: 'Thứ hạng', en: 'Rank move' },
  status: { vi: 'Trạng thái', en: 'Status' },
  warnings: { vi: 'Kiểm tra số liệu', en: 'Data checks' },
  versus: { vi: 'so với', en: 'vs' },
  noComparison: { vi: 'không có kỳ so sánh', en: 'no comparison period' },
  up: { vi: 'lên', en: 'up' },
  down: { vi: 'xuống', en: 'down' },
  places: { vi: 'bậc', en: 'places' },
  same: { vi: 'giữ nguyên', en: 'unchanged' },
  csv: { vi: 'bảng xếp hạng', en: 'bảng xếp hạng (league table)' },
  sortedBy: { vi: 'Đang sắp xếp theo', en: 'Sorted by' },
  reversed: { vi: '(đảo ngược)', en: '(reversed)' },
  empty: { vi: 'Không có xã nào báo cáo kỳ này.', en: 'No commune reported this period.' },
  shown: { vi: 'Đang hiện hạng {from}–{to} trong {n} xã', en: 'Showing {from}–{to} of {n} communes' },
  previousPage: { vi: 'Trang trước', en: 'Previous page' },
  nextPage: { vi: 'Trang sau', en: 'Next page' },
  previousMissing: { vi: 'Kỳ trước', en: 'Previous period' },
} as const satisfies Record<string, Bilingual>;

const NATURAL_ARIA: Readonly<Record<SortKey, 'ascending' | 'descending'>> = {
  hang: 'ascending',
  xa: 'ascending',
  'gia-tri': 'descending',
  'thanh-phan': 'descending',
  'thay-doi': 'descending',
  'thu-hang': 'descending',
  'trang-thai': 'ascending',
  'canh-bao': 'descending',
};

function ariaSort(sort: Sort, key: SortKey): 'ascending' | 'descending' | undefined {
  if (sort.key !== key) return undefined;
  const natural = NATURAL_ARIA[key];
  if (!sort.reversed) return natural;
  return natural === 'ascending' ? 'descending' : 'ascending';
}

function RankMove(props: { readonly move: number | null; readonly lang: Lang }) {
  const { lang } = props;
  if (props.move === null) return <>—</>;
  if (props.move === 0) return <span title={pick(lang, TEXT.same)}>=</span>;
  const up = props.move > 0;
  return (
    // role="img" + aria-label: one element per cell, no visually-hidden span (3,300 of them cost layout time).
    <span className={up ? 'move-up' : 'move-down'} role="img" aria-label={`${pick(lang, up ? TEXT.up : TEXT.down)} ${Math.abs(props.move)} ${pick(lang, TEXT.places)}`}>
      {`${up ? '▲' : '▼'}${Math.abs(props.move)}`}
    </span>
  );
}

/** One commune's row; memoised so a re-render with the same rows (language aside) costs nothing. */
const Row = memo(function Row(props: { readonly row: LeagueRow; readonly code: IndicatorCode; readonly lang: Lang; readonly showParts: boolean }) {
  const { row, code, lang } = props;
  return (
    <tr className={row.warnings.length > 0 ? 'has-warning' : undefined}>
      <td className="num">{row.rank ?? '—'}</td>
      <th scope="row">
        <a href={communePath({ id: row.communeId, code: row.communeCode })}>{row.name}</a>
      </th>
      <td className="num">
        {formatIndicatorValue(code, row.value, row.lowerBound, lang)}
        {row.value === null && row.note !== null && <span className="cell-note">{row.note}</span>}
      </td>
      {props.showParts && <td className="num">{partsText(row, lang) ?? '—'}</td>}
      <td className="num">
        {formatChange(row.change, code, lang)}
        {row.change === null && row.value !== null && row.previousNote !== null && (
          <span className="cell-note">{`${pick(lang, TEXT.previousMissing)}: ${row.previousNote}`}</span>
        )}
      </td>
      <td className="num">
        <RankMove move={row.rankChange} lang={lang} />
      </td>
      <td>
        <StatusLabel status={row.status} lang={lang} />
      </td>
      <td>
        {row.warnings.length > 0 && (
          <ul className="warnings">
            {row.warnings.map((w, i) => (
              <li key={i}>
                <span aria-hidden="true">⚠ </span>
                {lang === 'vi' ? w.message : w.messageEn}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
});

/**
 * A league table of communes for one indicator and period (rows computed by
 * `buildLeagueRows`). Sortable by every column — the sort lives in the URL,
 * so the caller passes it in and is told when it changes.
 */
export const LeagueTable = memo(function LeagueTable(props: {
  readonly rows: readonly LeagueRow[];
  readonly code: IndicatorCode;
  readonly period: PeriodCode;
  readonly previousPeriod: PeriodCode | null;
  readonly caption: string;
  readonly sort: Sort;
  readonly onSortChange: (sort: Sort) => void;
}) {
  const lang = useLang();
  const { rows, code, period, previousPeriod, sort, onSortChange, caption } = props;
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const showParts = isDerivedCode(code);
  // The page belongs to one ordering of rows: a new period, indicator or sort starts at the top.
  const [paging, setPaging] = useState({ of: sorted, page: 0 });
  const page = paging.of === sorted ? paging.page : 0;
  const pageCount = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const first = page * PAGE_SIZE;
  const visible = sorted.length > PAGE_SIZE ? sorted.slice(first, first + PAGE_SIZE) : sorted;

  const navigate = useNavigate();

  useEffect(() => {
    markTableRendered();
  });

  // Rows hold plain <a href> (3,300 router <Link>s cost a measurable share of
  // a render); one handler gives them client-side navigation.
  const onTableClick = (event: MouseEvent<HTMLTableElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href');
    if (!link || !href?.startsWith('/')) return;
    event.preventDefault();
    void navigate(href);
  };

  const header = (key: SortKey, label: Bilingual, numeric: boolean, extra?: string) => (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={ariaSort(sort, key)}>
      <button
        type="button"
        onClick={() => onSortChange(sort.key === key ? { key, reversed: !sort.reversed } : { key, reversed: false })}
      >
        {pick(lang, label)}
        {extra && <span className="small"> {extra}</span>}
        {sort.key === key && <span aria-hidden="true">{sort.reversed ? ' ↑' : ' ↓'}</span>}
      </button>
    </th>
  );
  const versus = previousPeriod
    ? `(${pick(lang, TEXT.versus)} ${periodLabel(previousPeriod, lang)})`
    : `(${pick(lang, TEXT.noComparison)})`;

  return (
    <div className="league">
      <div className="toolbar">
        <CsvButton
          what={pick(lang, TEXT.csv)}
          fileName={fileNameOf(['bang-xep-hang', code, period], 'csv')}
          rows={() => leagueCsvRows(sorted, period, code)}
          disabled={rows.length === 0}
        />
      </div>
      <div className="table-scroll">
        <table className="data league-table" onClick={onTableClick}>
          <colgroup>
            <col className="col-rank" />
            <col className="col-commune" />
            <col className="col-value" />
            {showParts && <col className="col-parts" />}
            <col className="col-change" />
            <col className="col-move" />
            <col className="col-status" />
            <col className="col-warnings" />
          </colgroup>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {header('hang', TEXT.rank, true)}
              {header('xa', TEXT.commune, false)}
              {header('gia-tri', TEXT.value, true)}
              {showParts && header('thanh-phan', TEXT.parts, true)}
              {header('thay-doi', TEXT.change, true, versus)}
              {header('thu-hang', TEXT.rankChange, true)}
              {header('trang-thai', TEXT.status, false)}
              {header('canh-bao', TEXT.warnings, false)}
            </tr>
          </thead>
          <tbody>
            {/* Keyed by position: a new period or sort rewrites the text of the
                rows in place instead of moving 3,300 <tr>s, which Chromium must
                then lay out afresh (measured several times slower). */}
            {visible.map((row, index) => (
              <Row key={index} row={row} code={code} lang={lang} showParts={showParts} />
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav className="toolbar pager" aria-label={caption}>
          <button type="button" disabled={page === 0} onClick={() => setPaging({ of: sorted, page: page - 1 })}>
            {pick(lang, TEXT.previousPage)}
          </button>
          <span role="status">
            {fill(pick(lang, TEXT.shown), {
              from: formatCount(first + 1, lang),
              to: formatCount(Math.min(first + PAGE_SIZE, sorted.length), lang),
              n: formatCount(sorted.length, lang),
            })}
          </span>
          <button type="button" disabled={page >= pageCount - 1} onClick={() => setPaging({ of: sorted, page: page + 1 })}>
            {pick(lang, TEXT.nextPage)}
          </button>
        </nav>
      )}
      {rows.length === 0 && <p className="muted">{pick(lang, TEXT.empty)}</p>}
    </div>
  );
});
