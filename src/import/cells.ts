// Data rows and their cells, and the file's number convention. Values are
// kept in flat typed arrays (one slot per cell): the cells of row r are
// `rowFirstCell[r]` up to `rowFirstCell[r + 1]`, with nothing per cell that
// its row already says (its report, its line). A number that needs the
// convention is read as soon as nothing later in the file can change it (the
// user's choice, or enough numbers that settle it); until then its text waits
// for the end. A row with any error is marked bad and is never stored.
import { baseIndicator, BASE_CODES } from '../domain/catalog';
import { FLAG_LOWER_BOUND } from '../domain/types';
import { GrowFloat64, GrowInt32, GrowUint8 } from './grow';
import { ConventionTally, parseNumber, plainDigits, separatedDigits, valueProblem, type ParsedNumber } from './numbers';
import type { Problems } from './problems';
import type { NumberConvention } from './types';

/** Enough decisive numbers to know a file's convention; tallying every cell would cost as much as reading it. */
const TALLY_LIMIT = 2000;
const UNITS: readonly string[] = BASE_CODES.map((c) => baseIndicator(c).unit);

export class Cells {
  rowCount = 0;
  readonly rowLine = new GrowInt32();
  readonly rowBad = new GrowUint8();
  readonly rowReport = new GrowInt32();
  readonly rowFirstCell = new GrowInt32();
  /** Base column, value (NaN until read), FLAG_* bits of each cell. */
  readonly cellCol = new GrowUint8();
  readonly cellValue = new GrowFloat64();
  readonly cellFlag = new GrowUint8();

  private readonly tally = new ConventionTally();
  /** The convention as soon as nothing later in the file can change it. */
  private convention: NumberConvention | null;
  // Cells read at the end, once the convention is known.
  private readonly deferredCell = new GrowInt32();
  private readonly deferredRow = new GrowInt32();
  private readonly deferredText: string[] = [];

  constructor(chosen: NumberConvention | undefined) {
    this.convention = chosen ?? null;
  }

  /** The ordinal of a new data row; its report and cells follow. */
  newRow(line: number, bad: 0 | 1): number {
    this.rowLine.push(line);
    this.rowBad.push(bad);
    this.rowReport.push(-1);
    this.rowFirstCell.push(this.cellValue.length);
    return this.rowCount++;
  }

  setReport(row: number, report: number): void {
    this.rowReport.data[row] = report;
  }

  bad(row: number): void {
    this.rowBad.data[row] = 1;
  }

  /** A cell of base column `col` in the current row; an empty one is no cell (missing is not 0). */
  cell(row: number, col: number, text: string): void {
    let value = plainDigits(text);
    let flag = 0;
    if (value < 0) {
      if (text.length === 0 || text.trim().length === 0) return;
      const reading = this.readSettled(text, col);
      if (reading === null) {
        this.deferredCell.push(this.cellValue.length);
        this.deferredRow.push(row);
        this.deferredText.push(text);
        value = Number.NaN;
      } else {
        value = reading.value;
        flag = reading.lowerBound ? FLAG_LOWER_BOUND : 0;
      }
    }
    this.cellCol.push(col);
    this.cellValue.push(value);
    this.cellFlag.push(flag);
  }

  /**
   * Sizes the row and cell arrays for the whole file from the share of it read
   * so far: without it the nation file's 1.2M cells regrow each array a dozen
   * times, copying as they go.
   */
  reserve(scale: number): void {
    const rows = Math.ceil(this.rowCount * scale);
    const cells = Math.ceil(this.cellValue.length * scale);
    for (const a of [this.rowLine, this.rowReport, this.rowFirstCell]) a.reserve(rows);
    this.rowBad.reserve(rows);
    this.cellCol.reserve(cells);
    this.cellValue.reserve(cells);
    this.cellFlag.reserve(cells);
  }

  /** The file's convention, decided by the whole file unless the user chose one, and why (Vietnamese). */
  decideConvention(chosen: NumberConvention | undefined): { convention: NumberConvention; reason: string } {
    if (chosen !== undefined) {
      const how = chosen === 'vi' ? 'Việt Nam ("." phân cách hàng nghìn, "," là dấu thập phân)' : 'tiếng Anh ("," phân cách hàng nghìn, "." là dấu thập phân)';
      return { convention: chosen, reason: `Đọc số theo kiểu ${how} theo lựa chọn của người dùng.` };
    }
    const decided = this.tally.decide();
    return { convention: decided.convention, reason: decided.reason };
  }

  /** Reads the cells that waited for the convention; a bad one marks its row bad (reported with its column). */
  readDeferred(convention: NumberConvention, problems: Problems, headerOf: (col: number) => string | null): void {
    const cellValue = this.cellValue.data;
    const cellFlag = this.cellFlag.data;
    for (let d = 0; d < this.deferredCell.length; d++) {
      const cell = this.deferredCell.data[d] as number;
      const text = this.deferredText[d] as string;
      const result = parseNumber(text, convention);
      if (result === 'missing') continue;
      const row = this.deferredRow.data[d] as number;
      const col = this.cellCol.data[cell] as number;
      const at = { row: this.rowLine.data[row] as number, column: headerOf(col), text };
      if ('error' in result) {
        problems.add('not_a_number', at, result.error);
        this.bad(row);
        continue;
      }
      const problem = valueProblem(text, result, UNITS[col] ?? 'count');
      if (problem) {
        problems.add('bad_value', at, problem);
        this.bad(row);
        continue;
      }
      cellValue[cell] = result.value;
      cellFlag[cell] = result.lowerBound ? FLAG_LOWER_BOUND : 0;
    }
  }

  /**
   * A number's reading now, when the file's convention is already known and
   * the number is good; otherwise null, and it is read at the end with the
   * deferred cells, so its problem keeps its place. Keeping hundreds of
   * thousands of cell texts until the end cost more in garbage collection
   * than reading them.
   */
  private readSettled(text: string, col: number): ParsedNumber | null {
    if (this.convention === null) {
      this.tally.add(text);
      // The tally stops at TALLY_LIMIT decisive numbers: from then on the file's convention is known.
      if (this.tally.decisive < TALLY_LIMIT) return null;
      this.convention = this.tally.decide().convention;
    }
    // Digits and separators only, as most are ("1.590", "99,93"): parseNumber's
    // first step, and such a number is good unless a count is not whole.
    const separated = separatedDigits(text, this.convention);
    if (separated === separated) return UNITS[col] === 'percent' || Number.isInteger(separated) ? { value: separated, lowerBound: false, percent: false } : null;
    const reading = parseNumber(text, this.convention);
    if (reading === 'missing' || 'error' in reading) return null;
    return valueProblem(text, reading, UNITS[col] ?? 'count') === null ? reading : null;
  }
}
