// A data row of each layout into cells: wide (one report a row, an indicator
// a column), long (one value a row), form (one commune's statistical form:
// rows found by their section and item number, STT).
import { baseColumn } from '../domain/catalog';
import type { BaseCode } from '../domain/types';
import type { Cells } from './cells';
import type { ColumnRoles } from './columns';
import { matchHeader, matchHeaderQuick } from './headers';
import type { Identities } from './identities';
import { cleanStt, sectionOf, templateIndicator } from './layout';
import type { Problems } from './problems';
import { stripTags } from './text';

/** A row with nothing but white space in it: skipped, not counted. */
export function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if ((fields[i] as string).trim().length > 0) return false;
  return true;
}

export class RowReader {
  /** Long files: the base column of each indicator text met, -1 unknown, -2 ambiguous. */
  private readonly indicatorByText = new Map<string, number>();
  /** Forms: the section (Biểu mẫu N) the rows are in, once a heading named one. */
  private section: number | null = null;
  private sawSection = false;

  constructor(
    private readonly roles: ColumnRoles,
    private readonly identities: Identities,
    private readonly cells: Cells,
    private readonly problems: Problems,
  ) {}

  /** A section heading above the header row (a form's title block) sets the section of the first rows. */
  noteTitleCell(text: string): void {
    const s = sectionOf(text);
    if (s !== null) {
      this.section = s;
      this.sawSection = true;
    }
  }

  read(fields: string[], line: number): void {
    if (isBlank(fields)) return;
    if (this.roles.form) {
      this.readFormRow(fields, line);
      return;
    }
    const { cells, roles } = this;
    const row = cells.newRow(line, 0);
    if (fields.length !== roles.width && !(fields.length > roles.width && fields.slice(roles.width).every((f) => f.trim().length === 0))) {
      this.problems.add('column_count', { row: line, column: null, text: fields.join(' | ') }, fields.length, roles.width);
      cells.bad(row);
      return;
    }
    const commune = this.identities.rowCommune(fields, line);
    const period = this.identities.rowPeriod(fields, line);
    if (commune < 0 || period < 0) {
      cells.bad(row);
      return;
    }
    cells.setReport(row, this.identities.reportOf(commune, period, line));
    if (roles.layout === 'wide') {
      const fileCols = roles.wideFileCols;
      const baseCols = roles.wideBaseCols;
      for (let j = 0; j < fileCols.length; j++) cells.cell(row, baseCols[j] as number, fields[fileCols[j] as number] as string);
      return;
    }
    const col = this.indicatorColumn((fields[roles.indicator] as string).trim(), line);
    if (col < 0) {
      cells.bad(row);
      return;
    }
    cells.cell(row, col, fields[roles.value] as string);
  }

  /** The base column a long file's indicator text names, or -1 (reported). */
  private indicatorColumn(text: string, line: number): number {
    let col = this.indicatorByText.get(text);
    if (col === undefined) {
      const { match, ambiguous } = matchHeaderQuick(text);
      col = match.kind === 'indicator' ? baseColumn(match.code) : ambiguous ? -2 : -1;
      this.indicatorByText.set(text, col);
    }
    if (col >= 0) return col;
    const { match } = matchHeader(text);
    const candidates = match.kind === 'unmatched' ? match.candidates : [];
    this.problems.add('unknown_indicator', { row: line, column: this.roles.headers[this.roles.indicator] ?? null, text }, text, candidates, col === -2);
    return -1;
  }

  private readFormRow(fields: string[], line: number): void {
    const form = this.roles.form;
    if (!form) return;
    const stt = cleanStt(fields[form.stt] ?? '');
    const label = stripTags(fields[form.label] ?? '').trim();
    const valueText = stripTags(fields[form.value] ?? '').trim();
    for (const f of fields) {
      // A heading carries no figure, and may carry the section's whole title
      // ("Biểu mẫu 3: Kết quả giải quyết TTHC…"); a short cell is a heading anyway.
      const s = f.length < 40 || valueText === '' ? sectionOf(f) : null;
      if (s !== null) {
        this.section = s;
        this.sawSection = true;
        return;
      }
    }
    let code: BaseCode | null = null;
    if (stt !== null && this.section !== null) code = templateIndicator(this.section, stt);
    if (code === null && !this.sawSection && label.length > 0) {
      const { match } = matchHeaderQuick(label);
      if (match.kind === 'indicator') code = match.code;
    }
    if (code === null) {
      // A row with a figure that no tracked indicator takes (most of a form): each one named.
      if (valueText.length > 0 && stt !== null) this.problems.add('form_row_skipped', { row: line, column: null, text: `${stt} ${label}`.trim() }, this.section, stt, label, valueText);
      return;
    }
    const row = this.cells.newRow(line, 0);
    this.cells.setReport(row, this.identities.reportOf(this.identities.rowCommune(fields, line), this.identities.rowPeriod(fields, line), line));
    this.cells.cell(row, baseColumn(code), valueText);
  }
}
