// Column roles: which file column holds the commune's code and name, the
// period, the indicator and value (long files), or each indicator (wide
// files), from the layout found in the header row. Unmatched and duplicated
// headers are reported here.
import { baseColumn } from '../domain/catalog';
import type { FileLayout } from '../domain/import-batch';
import type { BaseCode } from '../domain/types';
import { describeMatch } from './headers';
import type { FormColumns, LayoutDecision } from './layout';
import type { Problems } from './problems';
import type { IdRole } from './types';

export interface ColumnRoles {
  readonly layout: FileLayout;
  /** Fields of the header row: a data row with another count is refused. */
  readonly width: number;
  /** Headers as written (trimmed), by file column, for messages. */
  readonly headers: readonly string[];
  /** File column of each role; -1 where the file has none. */
  readonly code: number;
  readonly name: number;
  readonly period: number;
  readonly indicator: number;
  readonly value: number;
  /** Wide files: file column `wideFileCols[j]` holds base column `wideBaseCols[j]`. */
  readonly wideFileCols: readonly number[];
  readonly wideBaseCols: readonly number[];
  /** The header each indicator was read from (wide files). */
  readonly headerOfCode: ReadonlyMap<BaseCode, string>;
  /** Only for forms. */
  readonly form: FormColumns | null;
}

/** Roles that must appear at most once; notes and units may repeat. */
const UNIQUE_ROLES: ReadonlySet<IdRole> = new Set(['commune_code', 'commune_name', 'period', 'indicator', 'value']);

/**
 * The roles of a recognised layout's columns; null when a duplicated header
 * makes the file unreadable (reported). Headers that match nothing are
 * reported as columns left out.
 */
export function columnRoles(decision: LayoutDecision, headers: readonly string[], problems: Problems): ColumnRoles | null {
  const form = decision.layout === 'form';
  const seen = new Map<string, string>();
  let ok = true;
  for (const column of form ? [] : decision.columns) {
    const { match, header } = column;
    const at = { row: null, column: header, text: header };
    if (match.kind === 'unmatched') {
      if (header.length === 0) continue;
      if (column.ambiguous) problems.add('ambiguous_column', at, match.candidates);
      else problems.add('unknown_column', at, match.candidates, true);
      continue;
    }
    if (match.kind === 'id' && !UNIQUE_ROLES.has(match.role)) continue;
    const key = match.kind === 'indicator' ? `i:${match.code}` : `r:${match.role}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.add('duplicate_header', at, earlier, header, describeMatch(match));
      ok = false;
    } else {
      seen.set(key, header);
    }
  }
  if (!ok) return null;
  const role = (r: IdRole): number => (form ? -1 : (decision.columns.find((c) => c.match.kind === 'id' && c.match.role === r)?.index ?? -1));
  const wideFileCols: number[] = [];
  const wideBaseCols: number[] = [];
  const headerOfCode = new Map<BaseCode, string>();
  for (const column of form ? [] : decision.columns) {
    if (column.match.kind !== 'indicator') continue;
    wideFileCols.push(column.index);
    wideBaseCols.push(baseColumn(column.match.code));
    headerOfCode.set(column.match.code, column.header);
  }
  return {
    layout: decision.layout as FileLayout,
    width: headers.length,
    headers,
    code: role('commune_code'),
    name: role('commune_name'),
    period: role('period'),
    indicator: role('indicator'),
    value: role('value'),
    wideFileCols,
    wideBaseCols,
    headerOfCode,
    form: decision.form,
  };
}

/** The header of the file column a value of base column `col` was read from, for messages. */
export function headerOfBaseColumn(roles: ColumnRoles, col: number): string | null {
  const fileCol = roles.form ? roles.form.value : roles.layout === 'wide' ? (roles.wideFileCols[roles.wideBaseCols.indexOf(col)] ?? -1) : roles.value;
  return roles.headers[fileCol] ?? null;
}
