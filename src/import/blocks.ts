// Cells into blocks: one PeriodTable per period, rows ordered by commune key,
// laid out before the cells are placed so each value is written once, where
// the plan keeps it. A row with any error, or that gives a report's value
// differently from an earlier row, is left out whole (never stored as zero).
import { BASE_CODES } from '../domain/catalog';
import { COLUMNS, sameReading } from '../domain/period-table';
import { comparePeriods, periodLabel } from '../domain/periods';
import type { BaseCode, PeriodCode } from '../domain/types';
import type { Cells } from './cells';
import type { Identities } from './identities';
import type { Problems } from './problems';
import type { PlanBlock } from './types';

export interface Blocks {
  /** In period order, each without the reports left with no value. */
  readonly blocks: PlanBlock[];
  readonly periods: PeriodCode[];
  /** Values that will be stored. */
  readonly valueCount: number;
  /** Rows left out because of at least one error. */
  readonly rowsWithErrors: number;
  /** File communes with a value somewhere. */
  readonly usedCommunes: ReadonlySet<number>;
  /** The report of each block row, for checks and messages: `reportsOf[b][row]`. */
  readonly reportsOf: readonly (readonly number[])[];
}

export function buildBlocks(cells: Cells, identities: Identities, problems: Problems, headerOf: (col: number) => string | null): Blocks {
  const target = identities.unifyReports();
  const nReports = identities.reportCount;
  const reportCommune = identities.reportCommune.data;
  const reportPeriod = identities.reportPeriod.data;
  const reportsByPeriod = identities.periods.map(() => [] as number[]);
  for (let r = 0; r < nReports; r++) if (target[r] === r) reportsByPeriod[reportPeriod[r] as number]?.push(r);
  const order = identities.periods.map((p, index) => ({ p, index })).sort((a, b) => comparePeriods(a.p, b.p));
  const drafts = order.map(({ p, index }) => {
    const reports = (reportsByPeriod[index] ?? []).sort((a, b) => (reportCommune[a] as number) - (reportCommune[b] as number));
    return { period: p, reports, values: new Float64Array(reports.length * COLUMNS).fill(Number.NaN), flags: new Uint8Array(reports.length * COLUMNS) };
  });
  // Where a report's values go: its draft block, from this offset.
  const reportDraft = new Int32Array(nReports);
  const reportAt = new Int32Array(nReports);
  drafts.forEach((draft, d) =>
    draft.reports.forEach((r, row) => {
      reportDraft[r] = d;
      reportAt[r] = row * COLUMNS;
    }),
  );

  // The line that gave a report's column its value (at report × COLUMNS + column); 0 while it has none.
  const slotLine = new Int32Array(nReports * COLUMNS);
  const hasValue = new Uint8Array(nReports);
  let valueCount = 0;
  const cellCol = cells.cellCol.data;
  const cellValue = cells.cellValue.data;
  const cellFlag = cells.cellFlag.data;
  const rowBad = cells.rowBad.data;
  const rowLine = cells.rowLine.data;
  const rowReport = cells.rowReport.data;
  const rowFirstCell = cells.rowFirstCell.data;
  const nCells = cells.cellValue.length;
  for (let row = 0; row < cells.rowCount; row++) {
    if (rowBad[row] !== 0) continue;
    const first = rowFirstCell[row] as number;
    const end = row + 1 < cells.rowCount ? (rowFirstCell[row + 1] as number) : nCells;
    const report = target[rowReport[row] as number] as number;
    const { values, flags } = drafts[reportDraft[report] as number] as (typeof drafts)[number];
    const at = reportAt[report] as number;
    const lineAt = report * COLUMNS;
    // Only a report that already has values can be contradicted (in a wide file none has).
    if (hasValue[report] === 1) {
      let conflict = -1;
      for (let k = first; k < end; k++) {
        const v = cellValue[k] as number;
        if (v !== v) continue;
        const slot = at + (cellCol[k] as number);
        const old = values[slot] as number;
        if (old === old && !sameReading(old, flags[slot] as number, v, cellFlag[k] as number)) {
          conflict = k;
          break;
        }
      }
      if (conflict >= 0) {
        const col = cellCol[conflict] as number;
        const line = rowLine[row] as number;
        const value = cellValue[conflict] as number;
        problems.add(
          'conflicting_duplicate',
          { row: line, column: headerOf(col), text: String(value) },
          identities.communeNameOfReport(report),
          periodLabel(identities.periodOfReport(report)),
          BASE_CODES[col] as BaseCode,
          values[at + col] as number,
          slotLine[lineAt + col] as number,
          value,
        );
        rowBad[row] = 1;
        continue;
      }
    }
    const line = rowLine[row] as number;
    for (let k = first; k < end; k++) {
      const v = cellValue[k] as number;
      if (v !== v) continue;
      const col = cellCol[k] as number;
      values[at + col] = v;
      flags[at + col] = cellFlag[k] as number;
      if (slotLine[lineAt + col] === 0) {
        slotLine[lineAt + col] = line;
        hasValue[report] = 1;
        valueCount++;
      }
    }
  }
  let rowsWithErrors = 0;
  for (let r = 0; r < cells.rowCount; r++) rowsWithErrors += rowBad[r] as number;

  const usedCommunes = new Set<number>();
  const blocks: PlanBlock[] = [];
  const periods: PeriodCode[] = [];
  const reportsOf: number[][] = [];
  for (const draft of drafts) {
    const reports = draft.reports.filter((r) => hasValue[r] === 1);
    if (reports.length === 0) continue;
    let { values, flags } = draft;
    if (reports.length < draft.reports.length) {
      values = new Float64Array(reports.length * COLUMNS);
      flags = new Uint8Array(reports.length * COLUMNS);
      reports.forEach((r, row) => {
        const at = reportAt[r] as number;
        values.set(draft.values.subarray(at, at + COLUMNS), row * COLUMNS);
        flags.set(draft.flags.subarray(at, at + COLUMNS), row * COLUMNS);
      });
    }
    for (const r of reports) usedCommunes.add(reportCommune[r] as number);
    periods.push(draft.period);
    reportsOf.push(reports);
    blocks.push({ period: draft.period, communeIds: Int32Array.from(reports, (r) => reportCommune[r] as number), values, flags });
  }
  return { blocks, periods, valueCount, rowsWithErrors, usedCommunes, reportsOf };
}
