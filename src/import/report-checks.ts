// The data checks of every report a plan will store (src/domain/checks.ts
// says what is checked), as warnings of the file: the file is still stored.
import { baseColumn } from '../domain/catalog';
import { checkReport } from '../domain/checks';
import { COLUMNS } from '../domain/period-table';
import { periodLabel } from '../domain/periods';
import type { Blocks } from './blocks';
import type { ColumnRoles } from './columns';
import type { Identities } from './identities';
import type { Problems } from './problems';

export function checkReports({ blocks, reportsOf }: Blocks, roles: ColumnRoles, identities: Identities, problems: Problems): void {
  // A wide file's report is one row: its warnings can name the line and the column.
  const wide = roles.layout === 'wide';
  blocks.forEach((block, b) => {
    const reports = reportsOf[b] ?? [];
    const period = periodLabel(block.period);
    for (let row = 0; row < reports.length; row++) {
      const base = row * COLUMNS;
      const warnings = checkReport((code) => {
        const v = block.values[base + baseColumn(code)] as number;
        return v === v ? v : null;
      });
      if (warnings.length === 0) continue;
      const report = reports[row] as number;
      const commune = identities.communeNameOfReport(report);
      const line = wide ? (identities.reportLine.data[report] as number) : null;
      for (const w of warnings) {
        const column = wide ? (roles.headerOfCode.get(w.indicator) ?? null) : null;
        problems.addCheck(w.kind, { row: line, column, text: '' }, commune, period, w.message);
      }
    }
  });
}
