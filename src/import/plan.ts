// Bytes → ImportPlan, in one synchronous pass the worker and the tests share:
// decode (decode.ts) → rows (csv.ts) → layout from the first rows (layout.ts)
// → column roles (columns.ts) → each row's commune, period and report
// (identities.ts) and cells (rows.ts, cells.ts) while the file streams → at
// the end the number convention, the blocks and conflicts (blocks.ts) and the
// data checks (report-checks.ts). Problems are worded in messages.ts.
import { Cells } from './cells';
import { columnRoles, headerOfBaseColumn, type ColumnRoles } from './columns';
import { communeMatcher, communeType } from './communes';
import { detectSeparator, splitCsv } from './csv';
import { decodeBytes } from './decode';
import { Identities } from './identities';
import { buildBlocks } from './blocks';
import { detectLayout, HEADER_SEARCH_ROWS, type LayoutDecision } from './layout';
import { Problems, WHOLE_FILE } from './problems';
import { checkReports } from './report-checks';
import { isBlank, RowReader } from './rows';
import { sha256Hex } from './sha256';
import type { FileCommune, ImportContext, ImportPlan, ImportProgress } from './types';

export interface PlanOptions {
  readonly onProgress?: (p: ImportProgress) => void;
  /** SHA-256 hex already computed (the worker uses crypto.subtle, ~20× faster than sha256Hex). */
  readonly hash?: string;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The plan of one file, synchronously: the same code the worker runs. Never throws on any input. */
export function planFromBytes(bytes: Uint8Array, fileName: string, context: ImportContext, options: PlanOptions = {}): ImportPlan {
  const t0 = now();
  const hash = options.hash ?? sha256Hex(bytes);
  const decoded = decodeBytes(bytes, fileName);
  const decodeMs = now() - t0;
  const empty = { ...EMPTY_PLAN, fileName, byteLength: bytes.length, hash };
  if ('error' in decoded) return { ...empty, encoding: 'unknown', problems: [decoded.error], fatal: true, timings: { decodeMs, parseMs: 0, validateMs: 0 } };
  options.onProgress?.({ stage: 'decode', bytesDone: bytes.length, bytesTotal: bytes.length, rows: 0 });
  const separator = detectSeparator(decoded.text);
  const plan = new Planner(fileName, context, decoded.text.length, bytes.length, options.onProgress);
  const tParse = now();
  const { issues } = splitCsv(decoded.text, separator ?? ',', plan.take, {
    onSlice: (charsDone, rows) => {
      plan.flush(false);
      options.onProgress?.({ stage: 'parse', bytesDone: Math.round((charsDone / Math.max(1, decoded.text.length)) * bytes.length), bytesTotal: bytes.length, rows });
    },
  });
  plan.flush(true);
  const parseMs = now() - tParse - plan.validateMs;
  for (const issue of issues) plan.brokenRow(issue.line, issue.code, issue.text);
  const tValidate = now();
  options.onProgress?.({ stage: 'validate', bytesDone: bytes.length, bytesTotal: bytes.length, rows: plan.rowCount });
  const result = plan.finish({ ...empty, encoding: decoded.encoding, separator });
  return { ...result, timings: { decodeMs, parseMs, validateMs: plan.validateMs + (now() - tValidate) } };
}

const EMPTY_PLAN: Omit<ImportPlan, 'fileName' | 'byteLength' | 'hash' | 'encoding' | 'problems' | 'fatal' | 'timings'> = {
  separator: null,
  layout: null,
  numberConvention: 'vi',
  conventionReason: '',
  columns: [],
  communes: [],
  periods: [],
  blocks: [],
  rowCount: 0,
  rowsWithErrors: 0,
  valueCount: 0,
  needs: { commune: false, period: false },
};

/** The stages of one file, fed row by row as the text streams. */
class Planner {
  private readonly problems: Problems;
  private readonly cells: Cells;
  private decision: LayoutDecision | null = null;
  private roles: ColumnRoles | null = null;
  private identities: Identities | null = null;
  private reader: RowReader | null = null;
  private duplicateHeader = false;
  // Rows of the current slice, in two parallel arrays: no object per row. The
  // first slices wait until enough non-blank rows are in to find the header.
  private readonly pendingFields: string[][] = [];
  private readonly pendingLines: number[] = [];
  private waiting = true;
  private waitingNonBlank = 0;
  private counted = 0;
  validateMs = 0;

  constructor(
    private readonly fileName: string,
    private readonly context: ImportContext,
    private readonly textLength: number,
    private readonly byteLength: number,
    private readonly onProgress: ((p: ImportProgress) => void) | undefined,
  ) {
    this.problems = new Problems(fileName);
    this.cells = new Cells(context.numberConvention);
  }

  get rowCount(): number {
    return this.cells.rowCount;
  }

  readonly take = (fields: string[], line: number): void => {
    this.pendingFields.push(fields);
    this.pendingLines.push(line);
  };

  flush(final: boolean): void {
    const t = now();
    if (this.waiting) {
      for (let r = this.counted; r < this.pendingFields.length; r++) if (!isBlank(this.pendingFields[r] as string[])) this.waitingNonBlank++;
      this.counted = this.pendingFields.length;
      if (final || this.waitingNonBlank >= HEADER_SEARCH_ROWS) {
        this.waiting = false;
        this.start();
      }
    } else if (this.reader) {
      for (let r = 0; r < this.pendingFields.length; r++) this.reader.read(this.pendingFields[r] as string[], this.pendingLines[r] as number);
    }
    if (!this.waiting) {
      this.pendingFields.length = 0;
      this.pendingLines.length = 0;
    }
    this.validateMs += now() - t;
  }

  /** A row the CSV reader could not split (a broken quote): counted as a row in error. */
  brokenRow(line: number, code: 'unclosed_quote' | 'malformed_quote', text: string): void {
    this.cells.newRow(line, 1);
    this.problems.add(code, { row: line, column: null, text });
  }

  /** The layout from the first rows, then the stages for the rest. */
  private start(): void {
    const lines = this.pendingLines;
    const rows = this.pendingFields;
    const nonBlank = rows.map((fields, r) => ({ fields, line: lines[r] as number })).filter((r) => !isBlank(r.fields));
    const decision = detectLayout(nonBlank.map((r) => r.fields));
    this.decision = decision;
    if (decision.layout === null) return;
    const headerRow = nonBlank[decision.headerRow] as { fields: string[] };
    const headers = headerRow.fields.map((f) => f.trim());
    if (decision.form && !headers[decision.form.value]) headers[decision.form.value] = 'Số lượng/Tỷ lệ';
    const roles = columnRoles(decision, headers, this.problems);
    if (!roles) {
      this.duplicateHeader = true;
      return;
    }
    const identities = new Identities(roles, this.problems);
    const reader = new RowReader(roles, identities, this.cells, this.problems);
    const titleRows = nonBlank.slice(0, decision.headerRow);
    for (const r of titleRows) for (const f of r.fields) reader.noteTitleCell(f);
    identities.resolveFileLevel(this.context, [...titleRows.map((r) => r.fields.join(' ')), ...headerRow.fields], this.fileName);
    this.roles = roles;
    this.identities = identities;
    this.reader = reader;
    const afterHeader = rows.indexOf(headerRow.fields) + 1;
    let chars = 0;
    for (let r = 0; r < rows.length; r++) {
      for (const f of rows[r] as string[]) chars += f.length + 1;
      if (r >= afterHeader) reader.read(rows[r] as string[], lines[r] as number);
    }
    if (chars > 0 && chars < this.textLength) this.cells.reserve((this.textLength / chars) * 1.05);
  }

  finish(base: Omit<ImportPlan, 'problems' | 'fatal' | 'timings'>): Omit<ImportPlan, 'timings'> {
    const { decision, roles, identities, problems, cells } = this;
    const columns = (decision?.columns ?? []).map((c) => ({ index: c.index, header: c.header, match: c.match }));
    if (!decision || decision.layout === null || !roles || !identities) {
      if (!this.duplicateHeader) {
        problems.add('no_layout', WHOLE_FILE, columns.length > 0);
        for (const c of columns) if (c.header.length > 0 && c.match.kind === 'unmatched') problems.add('unknown_column', { row: null, column: c.header, text: c.header }, c.match.candidates, false);
      }
      return { ...base, columns, problems: problems.final(), fatal: true };
    }
    const { convention, reason } = cells.decideConvention(this.context.numberConvention);
    const headerOf = (col: number) => headerOfBaseColumn(roles, col);
    cells.readDeferred(convention, problems, headerOf);
    const built = buildBlocks(cells, identities, problems, headerOf);
    const read = { ...base, layout: decision.layout, columns, numberConvention: convention, conventionReason: reason };
    if (cells.rowCount === 0) {
      problems.add('no_data', WHOLE_FILE);
      return { ...read, problems: problems.final(), fatal: true };
    }
    const needs = { commune: identities.needsCommune, period: identities.needsPeriod };
    if (needs.commune) problems.add('needs_commune', WHOLE_FILE);
    if (needs.period) problems.add('needs_period', WHOLE_FILE);
    const counted = { rowCount: cells.rowCount, rowsWithErrors: built.rowsWithErrors, needs };
    if (needs.commune || needs.period) return { ...read, ...counted, problems: problems.final(), fatal: false };

    checkReports(built, roles, identities, problems);
    const match = communeMatcher(this.context);
    const communes: FileCommune[] = [];
    identities.communes.forEach((c, key) => {
      if (!built.usedCommunes.has(key)) return;
      const written = c.written !== c.name && c.written !== '' ? { written: c.written } : {};
      communes.push({ key, code: c.code, name: c.name, type: communeType(c.name), match: match(c.code, c.name), ...written });
    });
    if (built.valueCount === 0) problems.add('no_values', WHOLE_FILE, built.rowsWithErrors > 0);
    return {
      ...read,
      ...counted,
      communes,
      periods: built.periods,
      blocks: built.blocks,
      valueCount: built.valueCount,
      problems: problems.final(),
      fatal: built.valueCount === 0,
    };
  }
}
