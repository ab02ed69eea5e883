// Bytes → ImportPlan: what the file will store, and every problem found, in
// one synchronous pass the worker and the tests share. Values are kept in flat
// typed arrays (one slot per cell), numbers that need the convention are read
// once nothing later in the file can change it (the user's choice, or enough
// numbers that settle it; until then they wait for the end), and a row with
// any error is left out entirely: it is never stored as zero.
import { BASE_CODES, baseColumn, baseIndicator } from '../domain/catalog';
import { checkReport } from '../domain/checks';
import { COLUMNS } from '../domain/dataset';
import { comparePeriods, parsePeriodLabel, periodLabel } from '../domain/periods';
import { FLAG_LOWER_BOUND, type BaseCode, type PeriodCode } from '../domain/types';
import { communeMatcher, communeNameKey, communeType } from './communes';
import { detectSeparator, splitCsv } from './csv';
import { decodeBytes } from './decode';
import { GrowFloat64, GrowInt32, GrowUint8 } from './grow';
import { describeMatch, matchHeader, matchHeaderQuick } from './headers';
import { cleanStt, detectLayout, extractCommuneName, extractPeriod, HEADER_SEARCH_ROWS, sectionOf, templateIndicator, type LayoutDecision } from './layout';
import { ConventionTally, parseNumber, plainDigits, separatedDigits, valueProblem, type ParsedNumber } from './numbers';
import { FORM_ROW_SKIPPED, Problems } from './problems';
import { sha256Hex } from './sha256';
import { quote, stripTags } from './text';

export { planToTables } from './tables';
import type { FileCommune, IdRole, ImportContext, ImportPlan, ImportProgress, NumberConvention, PlanBlock } from './types';

/** Enough decisive numbers to know a file's convention; tallying every cell would cost as much as reading it. */
const TALLY_LIMIT = 2000;
const UNITS: readonly string[] = BASE_CODES.map((c) => baseIndicator(c).unit);
/** Roles that must appear at most once; notes and units may repeat. */
const UNIQUE_ROLES: ReadonlySet<IdRole> = new Set(['commune_code', 'commune_name', 'period', 'indicator', 'value']);

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function emptyPlan(fileName: string, bytes: Uint8Array, hash: string): Omit<ImportPlan, 'problems' | 'fatal' | 'timings' | 'encoding'> {
  return {
    fileName,
    byteLength: bytes.length,
    hash,
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
}

export interface PlanOptions {
  readonly onProgress?: (p: ImportProgress) => void;
  /** SHA-256 hex already computed (the worker uses crypto.subtle, ~20× faster than sha256Hex). */
  readonly hash?: string;
}

/** The plan of one file, synchronously: the same code the worker runs. Never throws on any input. */
export function planFromBytes(bytes: Uint8Array, fileName: string, context: ImportContext, options: PlanOptions = {}): ImportPlan {
  const { onProgress } = options;
  const t0 = now();
  const hash = options.hash ?? sha256Hex(bytes);
  const decoded = decodeBytes(bytes, fileName);
  const decodeMs = now() - t0;
  if ('error' in decoded) {
    return { ...emptyPlan(fileName, bytes, hash), encoding: 'unknown', problems: [decoded.error], fatal: true, timings: { decodeMs, parseMs: 0, validateMs: 0 } };
  }
  onProgress?.({ stage: 'decode', bytesDone: bytes.length, bytesTotal: bytes.length, rows: 0 });
  const builder = new PlanBuilder(fileName, context, decoded.text.length, bytes.length, onProgress);
  return builder.run(decoded.text, { hash, encoding: decoded.encoding, decodeMs });
}

interface Row {
  readonly fields: string[];
  readonly line: number;
}

class PlanBuilder {
  private readonly problems: Problems;
  private readonly tally = new ConventionTally();
  private decision: LayoutDecision | null = null;
  // Rows of the current slice, in two parallel arrays: no object per row.
  private readonly pendingFields: string[][] = [];
  private readonly pendingLines: number[] = [];
  private buffered = true;
  private bufferedNonBlank = 0;
  private counted = 0;
  private readonly headerOfCode = new Map<BaseCode, string>();
  private titleTexts: string[] = [];

  // columns of the chosen layout
  private width = 0;
  private codeCol = -1;
  private nameCol = -1;
  private periodCol = -1;
  private indicatorCol = -1;
  private valueCol = -1;
  private wideFileCols: number[] = [];
  private wideBaseCols: number[] = [];
  private headers: string[] = [];

  // file-level commune/period (forms, or files without those columns)
  private fileCommuneKey = -1;
  private filePeriodIndex = -1;
  private needsCommune = false;
  private needsPeriod = false;

  // communes, periods, reports
  // A row's commune by its code when it has one (the code alone decides, see communeKeyOf), else by its name.
  private readonly communeKeyByCode = new Map<string, number>();
  private readonly communeKeyByName = new Map<string, number>();
  private lastCode: string | null = null;
  private lastName: string | null = null;
  private lastCommune = -1;
  private lastPeriodText: string | null = null;
  private lastPeriod = -1;
  private readonly communeKeyByIdentity = new Map<string, number>();
  private readonly communeList: { code: string | null; name: string }[] = [];
  private readonly periodIndexByText = new Map<string, number>();
  private readonly periodCodes: PeriodCode[] = [];
  private readonly indicatorByText = new Map<string, number>();
  /** Each period's reports by commune key: commune keys are dense, and an array is read faster than a map. */
  private readonly reportsOfPeriod: number[][] = [];
  private readonly reportCommune = new GrowInt32();
  private readonly reportPeriod = new GrowInt32();
  private readonly reportLine = new GrowInt32();

  // Rows, and their cells: those of row r are cells rowFirstCell[r] up to rowFirstCell[r + 1].
  // Nothing per cell that a row already says (its report, its line).
  private rowCount = 0;
  private readonly rowLine = new GrowInt32();
  private readonly rowBad = new GrowUint8();
  private readonly rowReport = new GrowInt32();
  private readonly rowFirstCell = new GrowInt32();
  private readonly cellCol = new GrowUint8();
  private readonly cellValue = new GrowFloat64();
  private readonly cellFlag = new GrowUint8();
  // Cells read once the convention is known; their texts only until then (see readSettled).
  private readonly deferredCell = new GrowInt32();
  private readonly deferredRow = new GrowInt32();
  private readonly deferredText: string[] = [];
  /** The number convention as soon as nothing later in the file can change it. */
  private convention: NumberConvention | null;

  // forms
  private section: number | null = null;
  private sawSection = false;

  private validateMs = 0;
  private duplicateHeader = false;

  constructor(
    private readonly fileName: string,
    private readonly context: ImportContext,
    private readonly textLength: number,
    private readonly byteLength: number,
    private readonly onProgress: ((p: ImportProgress) => void) | undefined,
  ) {
    this.problems = new Problems(fileName);
    this.convention = context.numberConvention ?? null;
  }

  run(text: string, meta: { hash: string; encoding: string; decodeMs: number }): ImportPlan {
    const detected = detectSeparator(text);
    const separator = detected ?? ',';
    const tParse = now();
    const { issues } = splitCsv(text, separator, (fields, line) => {
      this.pendingFields.push(fields);
      this.pendingLines.push(line);
    }, {
      onSlice: (charsDone, rows) => {
        this.flush(false);
        this.onProgress?.({ stage: 'parse', bytesDone: Math.round((charsDone / Math.max(1, this.textLength)) * this.byteLength), bytesTotal: this.byteLength, rows });
      },
    });
    this.flush(true);
    const parseMs = now() - tParse - this.validateMs;
    for (const issue of issues) {
      this.newRow(issue.line, 1);
      const detail =
        issue.code === 'unclosed_quote'
          ? `dấu ngoặc kép (") mở ở dòng này không được đóng — dòng bị bỏ qua, các dòng sau vẫn được đọc. Hãy kiểm tra ô có dấu ngoặc kép.`
          : `dấu ngoặc kép (") đặt sai chỗ trong một ô — dòng bị bỏ qua.`;
      this.problems.add(issue.line, null, issue.text, detail, 'error', issue.code);
    }

    const tValidate = now();
    this.onProgress?.({ stage: 'validate', bytesDone: this.byteLength, bytesTotal: this.byteLength, rows: this.rowCount });
    const result = this.finish(detected, meta);
    const validateMs = this.validateMs + (now() - tValidate);
    return { ...result, timings: { decodeMs: meta.decodeMs, parseMs, validateMs } };
  }

  // ── streaming rows ────────────────────────────────────────────────────────

  private flush(final: boolean): void {
    const t = now();
    if (this.buffered) {
      for (let r = this.counted; r < this.pendingFields.length; r++) if (!isBlank(this.pendingFields[r] as string[])) this.bufferedNonBlank++;
      this.counted = this.pendingFields.length;
      if (!final && this.bufferedNonBlank < HEADER_SEARCH_ROWS) {
        this.validateMs += now() - t;
        return;
      }
      this.buffered = false;
      this.decide(this.pendingFields.map((fields, r) => ({ fields, line: this.pendingLines[r] as number })));
    } else {
      const fields = this.pendingFields;
      const lines = this.pendingLines;
      for (let r = 0; r < fields.length; r++) this.processRow(fields[r] as string[], lines[r] as number);
    }
    this.pendingFields.length = 0;
    this.pendingLines.length = 0;
    this.validateMs += now() - t;
  }

  private decide(rows: readonly Row[]): void {
    const nonBlank = rows.filter((r) => !isBlank(r.fields));
    const decision = detectLayout(nonBlank.map((r) => r.fields));
    this.decision = decision;
    if (decision.layout === null) return;
    const headerRow = nonBlank[decision.headerRow] as Row;
    this.headers = headerRow.fields.map((f) => f.trim());
    if (decision.form && !this.headers[decision.form.value]) this.headers[decision.form.value] = 'Số lượng/Tỷ lệ';
    this.width = headerRow.fields.length;
    this.titleTexts = [...nonBlank.slice(0, decision.headerRow).map((r) => r.fields.join(' ')), ...headerRow.fields];
    for (const r of nonBlank.slice(0, decision.headerRow)) {
      for (const f of r.fields) {
        const s = sectionOf(f);
        if (s !== null) {
          this.section = s;
          this.sawSection = true;
        }
      }
    }
    if (!this.checkColumns(decision)) {
      this.duplicateHeader = true;
      this.decision = { ...decision, layout: null };
      return;
    }
    this.resolveFileLevel(decision);
    let past = false;
    for (const row of rows) {
      if (!past) {
        if (row === headerRow) past = true;
        continue;
      }
      this.processRow(row.fields, row.line);
    }
    this.reserveForFile(rows);
  }

  /**
   * Sizes the row and cell arrays for the whole file from the part read so
   * far (one parse slice): without it the nation file's 1.2M cells regrow
   * each array a dozen times, copying as they go.
   */
  private reserveForFile(sample: readonly Row[]): void {
    let chars = 0;
    for (const row of sample) for (const f of row.fields) chars += f.length + 1;
    if (chars === 0 || chars >= this.textLength) return;
    const scale = (this.textLength / chars) * 1.05;
    const rows = Math.ceil(this.rowCount * scale);
    const cells = Math.ceil(this.cellValue.length * scale);
    for (const a of [this.rowLine, this.rowReport, this.rowFirstCell]) a.reserve(rows);
    this.rowBad.reserve(rows);
    this.cellCol.reserve(cells);
    this.cellValue.reserve(cells);
    this.cellFlag.reserve(cells);
  }

  /** Column roles; false when a duplicated header makes the file unreadable. */
  private checkColumns(decision: LayoutDecision): boolean {
    const seen = new Map<string, string>();
    let ok = true;
    for (const column of decision.columns) {
      const { match, header } = column;
      if (decision.layout === 'form') continue;
      if (match.kind === 'unmatched') {
        if (header.length === 0) continue;
        const names = match.candidates.map((c) => `"${baseIndicator(c).labelVi}" (${c})`).join(', ');
        const detail = column.ambiguous
          ? `tên cột có thể là nhiều chỉ tiêu: ${names} — hãy đổi tên cột cho rõ. Cột này chưa được nhập.`
          : `không nhận ra cột này${names ? `; có thể là: ${names}` : ''}. Cột này chưa được nhập.`;
        this.problems.add(null, header, header, detail, 'warning', column.ambiguous ? 'ambiguous_column' : 'unknown_column');
        continue;
      }
      if (match.kind === 'id' && !UNIQUE_ROLES.has(match.role)) continue;
      const key = match.kind === 'indicator' ? `i:${match.code}` : `r:${match.role}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        this.problems.add(null, header, header, `cột trùng: cả cột ${quote(earlier)} và cột ${quote(header)} đều là "${describeMatch(match)}". Hãy xóa hoặc đổi tên một cột.`, 'error', 'duplicate_header');
        ok = false;
      } else {
        seen.set(key, header);
      }
    }
    if (decision.layout === 'form') return true;
    const role = (r: IdRole): number => decision.columns.find((c) => c.match.kind === 'id' && c.match.role === r)?.index ?? -1;
    this.codeCol = role('commune_code');
    this.nameCol = role('commune_name');
    this.periodCol = role('period');
    this.indicatorCol = role('indicator');
    this.valueCol = role('value');
    for (const column of decision.columns) {
      if (column.match.kind === 'indicator') {
        this.wideFileCols.push(column.index);
        this.wideBaseCols.push(baseColumn(column.match.code));
        this.headerOfCode.set(column.match.code, column.header);
      }
    }
    return ok;
  }

  /** Commune and period named once for the whole file: by the user, a title line or the file name. */
  private resolveFileLevel(decision: LayoutDecision): void {
    const form = decision.layout === 'form';
    const baseName = this.fileName.replace(/\.[^.]+$/, '');
    if (form || (this.codeCol < 0 && this.nameCol < 0)) {
      const name = this.context.formCommuneName ?? extractCommuneName(this.titleTexts) ?? extractCommuneName([baseName]);
      if (name) this.fileCommuneKey = this.communeKeyOf(null, name);
      else {
        this.needsCommune = true;
        this.fileCommuneKey = 0;
        this.communeList.push({ code: null, name: '' });
      }
    }
    if (form || this.periodCol < 0) {
      const period = this.context.formPeriod ?? extractPeriod(this.titleTexts) ?? extractPeriod([baseName]);
      if (period) this.filePeriodIndex = this.periodIndexOf(period);
      else {
        this.needsPeriod = true;
        this.filePeriodIndex = this.periodIndexOf('2000-Y' as PeriodCode);
      }
    }
  }

  private communeKeyOf(code: string | null, name: string): number {
    const identity = code ? `c:${code}` : `n:${communeNameKey(name)}`;
    let key = this.communeKeyByIdentity.get(identity);
    if (key === undefined) {
      key = this.communeList.length;
      this.communeList.push({ code, name: name || (code ?? '') });
      this.communeKeyByIdentity.set(identity, key);
    }
    return key;
  }

  private periodIndexOf(period: PeriodCode): number {
    let index = this.periodCodes.indexOf(period);
    if (index < 0) {
      index = this.periodCodes.length;
      this.periodCodes.push(period);
    }
    return index;
  }

  private reportOf(communeKey: number, periodIndex: number, line: number): number {
    const reports = (this.reportsOfPeriod[periodIndex] ??= []);
    let report = reports[communeKey];
    if (report === undefined) {
      report = this.reportCommune.length;
      this.reportCommune.push(communeKey);
      this.reportPeriod.push(periodIndex);
      this.reportLine.push(line);
      reports[communeKey] = report;
    }
    return report;
  }

  private bad(ordinal: number): void {
    this.rowBad.data[ordinal] = 1;
  }

  /** The ordinal of a new data row; its report and cells follow. */
  private newRow(line: number, bad: 0 | 1): number {
    this.rowLine.push(line);
    this.rowBad.push(bad);
    this.rowReport.push(-1);
    this.rowFirstCell.push(this.cellValue.length);
    return this.rowCount++;
  }

  private processRow(fields: string[], line: number): void {
    if (isBlank(fields)) return;
    const layout = this.decision?.layout ?? null;
    if (layout === null) return;
    if (layout === 'form') {
      this.processFormRow(fields, line);
      return;
    }
    const ordinal = this.newRow(line, 0);
    if (fields.length !== this.width && !(fields.length > this.width && fields.slice(this.width).every((f) => f.trim().length === 0))) {
      const detail = `dòng có ${fields.length} cột trong khi dòng tiêu đề có ${this.width} cột — có thể tệp dùng lẫn dấu phân cách hoặc thiếu dấu ngoặc kép quanh ô có dấu phân cách. Dòng bị bỏ qua.`;
      this.problems.add(line, null, fields.join(' | '), detail, 'error', 'column_count');
      this.bad(ordinal);
      return;
    }
    const commune = this.rowCommune(fields, line);
    const period = this.rowPeriod(fields, line);
    if (commune < 0 || period < 0) {
      this.bad(ordinal);
      return;
    }
    this.rowReport.data[ordinal] = this.reportOf(commune, period, line);
    if (layout === 'wide') {
      const fileCols = this.wideFileCols;
      const baseCols = this.wideBaseCols;
      for (let j = 0; j < fileCols.length; j++) this.cell(ordinal, baseCols[j] as number, fields[fileCols[j] as number] as string);
      return;
    }
    const indicatorText = (fields[this.indicatorCol] as string).trim();
    let col = this.indicatorByText.get(indicatorText);
    if (col === undefined) {
      const { match, ambiguous } = matchHeaderQuick(indicatorText);
      col = match.kind === 'indicator' ? baseColumn(match.code) : ambiguous ? -2 : -1;
      this.indicatorByText.set(indicatorText, col);
    }
    if (col < 0) {
      const { match } = matchHeader(indicatorText);
      const names = match.kind === 'unmatched' ? match.candidates.map((c) => `"${baseIndicator(c).labelVi}" (${c})`).join(', ') : '';
      const detail =
        indicatorText.length === 0
          ? 'thiếu tên chỉ tiêu. Dòng bị bỏ qua.'
          : col === -2
            ? `${quote(indicatorText)} có thể là nhiều chỉ tiêu: ${names}. Dòng bị bỏ qua.`
            : `không nhận ra chỉ tiêu ${quote(indicatorText)}${names ? `; có thể là: ${names}` : ''}. Dòng bị bỏ qua.`;
      this.problems.add(line, this.headers[this.indicatorCol] ?? null, indicatorText, detail, 'error', 'unknown_indicator');
      this.bad(ordinal);
      return;
    }
    this.cell(ordinal, col, fields[this.valueCol] as string);
  }

  private processFormRow(fields: string[], line: number): void {
    const form = (this.decision as LayoutDecision).form;
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
      if (valueText.length > 0 && stt !== null) this.skipFormRow(line, stt, label, valueText);
      return;
    }
    const ordinal = this.newRow(line, 0);
    this.rowReport.data[ordinal] = this.reportOf(this.fileCommuneKey, this.filePeriodIndex, line);
    this.cell(ordinal, baseColumn(code), valueText);
  }

  /**
   * A form row with a figure that no tracked indicator takes (most of a
   * statistical form): each one named, so the officer sees what was left out.
   */
  private skipFormRow(line: number, stt: string, label: string, valueText: string): void {
    const section = this.section === null ? '' : `biểu mẫu ${this.section}, `;
    this.problems.add(line, null, `${stt} ${label}`.trim(), `${section}mục ${stt} ${quote(label || '(không có tên)')} = ${quote(valueText)} không thuộc các chỉ tiêu theo dõi nên không được nhập (điều này là bình thường).`, 'warning', FORM_ROW_SKIPPED);
  }

  private rowCommune(fields: string[], line: number): number {
    if (this.fileCommuneKey >= 0) return this.fileCommuneKey;
    const codeText = this.codeCol >= 0 ? (fields[this.codeCol] as string) : '';
    const nameText = this.nameCol >= 0 ? (fields[this.nameCol] as string) : '';
    // Files list one commune's rows together: the previous row's answer is the usual one.
    if (codeText === this.lastCode && nameText === this.lastName) return this.lastCommune;
    const code = codeText.trim();
    let key = code ? this.communeKeyByCode.get(code) : this.communeKeyByName.get(nameText.trim());
    if (key === undefined) {
      const name = nameText.trim();
      key = this.newRowCommune(code, name, line);
      if (key < 0) return key;
      if (code) this.communeKeyByCode.set(code, key);
      else this.communeKeyByName.set(name, key);
    }
    this.lastCode = codeText;
    this.lastName = nameText;
    this.lastCommune = key;
    return key;
  }

  private newRowCommune(code: string, name: string, line: number): number {
    if (code.length === 0 && name.length === 0) {
      const column = this.headers[this.nameCol >= 0 ? this.nameCol : this.codeCol] ?? null;
      this.problems.add(line, column, '', 'thiếu tên và mã xã. Dòng bị bỏ qua.', 'error', 'missing_commune');
      return -1;
    }
    return this.communeKeyOf(code || null, name);
  }

  private rowPeriod(fields: string[], line: number): number {
    if (this.filePeriodIndex >= 0) return this.filePeriodIndex;
    const text = fields[this.periodCol] as string;
    if (text === this.lastPeriodText) return this.lastPeriod;
    let index = this.periodIndexByText.get(text);
    if (index === undefined) {
      const period = parsePeriodLabel(text);
      index = period ? this.periodIndexOf(period) : -1;
      this.periodIndexByText.set(text, index);
    }
    if (index < 0) {
      const detail =
        text.trim().length === 0
          ? 'thiếu kỳ báo cáo. Dòng bị bỏ qua.'
          : `${quote(text)} không phải kỳ báo cáo hợp lệ (ví dụ: 2022-H1, Quý I/2022, 6 tháng đầu năm 2022, 9 tháng 2022, Năm 2022). Dòng bị bỏ qua.`;
      this.problems.add(line, this.headers[this.periodCol] ?? null, text, detail, 'error', text.trim().length === 0 ? 'missing_period' : 'bad_period');
      return index;
    }
    this.lastPeriodText = text;
    this.lastPeriod = index;
    return index;
  }

  private cell(ordinal: number, col: number, text: string): void {
    let value = plainDigits(text);
    let flag = 0;
    if (value < 0) {
      if (text.length === 0 || text.trim().length === 0) return;
      const reading = this.readSettled(text, col);
      if (reading === null) {
        this.deferredCell.push(this.cellValue.length);
        this.deferredRow.push(ordinal);
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

  /** The file column a cell of base column `col` was read from, for messages. */
  private fileColOf(col: number): number {
    const decision = this.decision as LayoutDecision;
    if (decision.form) return decision.form.value;
    if (decision.layout === 'wide') return this.wideFileCols[this.wideBaseCols.indexOf(col)] as number;
    return this.valueCol;
  }

  // ── after the last row ────────────────────────────────────────────────────

  private finish(detected: ReturnType<typeof detectSeparator>, meta: { hash: string; encoding: string }): Omit<ImportPlan, 'timings'> {
    const base = {
      ...emptyPlan(this.fileName, new Uint8Array(0), meta.hash),
      byteLength: this.byteLength,
      encoding: meta.encoding,
      separator: detected,
    };
    const decision = this.decision;
    const columns = (decision?.columns ?? []).map((c) => ({ index: c.index, header: c.header, match: c.match }));
    if (!decision || decision.layout === null) {
      if (!this.duplicateHeader) {
        const detail =
          columns.length === 0
            ? 'tệp không có nội dung nào để đọc.'
            : 'không nhận ra bố cục tệp: không tìm thấy dòng tiêu đề có mã xã/tên xã, kỳ báo cáo và các chỉ tiêu (dạng rộng), cột "chỉ tiêu" và "giá trị" (dạng dọc), hoặc cột "STT" và "Chỉ tiêu" (biểu mẫu).';
        this.problems.add(null, null, '', detail, 'error', 'no_layout');
        for (const c of columns) {
          if (c.header.length === 0 || c.match.kind !== 'unmatched') continue;
          const names = c.match.candidates.map((code) => `"${baseIndicator(code).labelVi}" (${code})`).join(', ');
          this.problems.add(null, c.header, c.header, `không nhận ra cột này${names ? `; có thể là: ${names}` : ''}.`, 'warning', 'unknown_column');
        }
      }
      return { ...base, columns, problems: this.problems.final(), fatal: true };
    }

    // The number convention, decided by the whole file (or the user), then the deferred cells.
    const decided = this.tally.decide();
    const convention: NumberConvention = this.context.numberConvention ?? decided.convention;
    const conventionReason =
      this.context.numberConvention !== undefined
        ? `Đọc số theo kiểu ${convention === 'vi' ? 'Việt Nam ("." phân cách hàng nghìn, "," là dấu thập phân)' : 'tiếng Anh ("," phân cách hàng nghìn, "." là dấu thập phân)'} theo lựa chọn của người dùng.`
        : decided.reason;
    this.resolveDeferred(convention);

    // One block per period, rows ordered by commune key, laid out before the
    // cells are placed: each value is written once, where the plan keeps it.
    const nReports = this.reportCommune.length;
    const reportCommune = this.reportCommune.data;
    const reportsByPeriod = this.periodCodes.map(() => [] as number[]);
    for (let r = 0; r < nReports; r++) reportsByPeriod[this.reportPeriod.data[r] as number]?.push(r);
    const order = this.periodCodes.map((p, index) => ({ p, index })).sort((a, b) => comparePeriods(a.p, b.p));
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

    // Cells → blocks; a row with any error, or that contradicts an earlier row, is left out whole.
    // The line that gave a report's column its value (at report × COLUMNS + column); 0 while it has none.
    const slotLine = new Int32Array(nReports * COLUMNS);
    const hasValue = new Uint8Array(nReports);
    let valueCount = 0;
    const cellCol = this.cellCol.data;
    const cellValue = this.cellValue.data;
    const cellFlag = this.cellFlag.data;
    const rowBad = this.rowBad.data;
    const rowLine = this.rowLine.data;
    const rowReport = this.rowReport.data;
    const rowFirstCell = this.rowFirstCell.data;
    const nCells = this.cellValue.length;
    for (let row = 0; row < this.rowCount; row++) {
      if (rowBad[row] !== 0) continue;
      const first = rowFirstCell[row] as number;
      const end = row + 1 < this.rowCount ? (rowFirstCell[row + 1] as number) : nCells;
      const report = rowReport[row] as number;
      const { values, flags } = drafts[reportDraft[report] as number] as (typeof drafts)[number];
      const at = reportAt[report] as number;
      const lineAt = report * COLUMNS;
      let conflict = -1;
      // Only a report that already has values can be contradicted (in a wide file none has).
      if (hasValue[report] === 1) {
        for (let k = first; k < end; k++) {
          const v = cellValue[k] as number;
          if (v !== v) continue;
          const slot = at + (cellCol[k] as number);
          const old = values[slot] as number;
          if (old === old && (old !== v || flags[slot] !== cellFlag[k])) {
            conflict = k;
            break;
          }
        }
      }
      if (conflict >= 0) {
        const col = cellCol[conflict] as number;
        this.reportConflict(row, conflict, values[at + col] as number, slotLine[lineAt + col] as number);
        rowBad[row] = 1;
        continue;
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
    for (let r = 0; r < this.rowCount; r++) rowsWithErrors += rowBad[r] as number;

    if (this.rowCount === 0) {
      this.problems.add(null, null, '', 'tệp chỉ có dòng tiêu đề, không có dòng số liệu nào.', 'error', 'no_data');
      return { ...base, layout: decision.layout, columns, numberConvention: convention, conventionReason, problems: this.problems.final(), fatal: true };
    }
    const needs = { commune: this.needsCommune, period: this.needsPeriod };
    if (needs.commune) this.problems.add(null, null, '', 'tệp không ghi rõ số liệu của xã/phường nào (không có ở tiêu đề hay tên tệp) — hãy chọn xã cho tệp này.', 'warning', 'needs_commune');
    if (needs.period) this.problems.add(null, null, '', 'tệp không ghi rõ kỳ báo cáo (không có ở tiêu đề hay tên tệp) — hãy chọn kỳ báo cáo cho tệp này.', 'warning', 'needs_period');
    if (needs.commune || needs.period) {
      return { ...base, layout: decision.layout, columns, numberConvention: convention, conventionReason, rowCount: this.rowCount, rowsWithErrors, needs, problems: this.problems.final(), fatal: false };
    }

    // The blocks, without the reports left with no value (all their rows had errors).
    const usedCommunes = new Set<number>();
    const blocks: PlanBlock[] = [];
    const periods: PeriodCode[] = [];
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
      const communeKeys = Int32Array.from(reports, (r) => reportCommune[r] as number);
      reports.forEach((r, row) => {
        usedCommunes.add(reportCommune[r] as number);
        this.checkOne(values, row * COLUMNS, r, draft.period);
      });
      periods.push(draft.period);
      blocks.push({ period: draft.period, communeKeys, values, flags });
    }

    const match = communeMatcher(this.context);
    const communes: FileCommune[] = [];
    this.communeList.forEach((c, key) => {
      if (!usedCommunes.has(key)) return;
      communes.push({ key, code: c.code, name: c.name, type: communeType(c.name), match: match(c.code, c.name) });
    });
    if (valueCount === 0) {
      this.problems.add(null, null, '', rowsWithErrors > 0 ? 'không có giá trị hợp lệ nào để nhập: mọi dòng đều có lỗi.' : 'không có giá trị nào để nhập: các ô số liệu đều trống.', 'error', 'no_values');
    }
    return {
      ...base,
      layout: decision.layout,
      columns,
      numberConvention: convention,
      conventionReason,
      communes,
      periods,
      blocks,
      rowCount: this.rowCount,
      rowsWithErrors,
      valueCount,
      needs,
      problems: this.problems.final(),
      fatal: valueCount === 0,
    };
  }

  private resolveDeferred(convention: NumberConvention): void {
    const cellValue = this.cellValue.data;
    const cellFlag = this.cellFlag.data;
    for (let d = 0; d < this.deferredCell.length; d++) {
      const cell = this.deferredCell.data[d] as number;
      const text = this.deferredText[d] as string;
      const result = parseNumber(text, convention);
      if (result === 'missing') continue;
      const row = this.deferredRow.data[d] as number;
      const column = this.headers[this.fileColOf(this.cellCol.data[cell] as number)] ?? null;
      const line = this.rowLine.data[row] as number;
      if ('error' in result) {
        this.problems.add(line, column, text, `${result.error} Dòng bị bỏ qua.`, 'error', 'not_a_number');
        this.bad(row);
        continue;
      }
      const problem = valueProblem(text, result, UNITS[this.cellCol.data[cell] as number] ?? 'count');
      if (problem) {
        this.problems.add(line, column, text, `${problem} Dòng bị bỏ qua.`, 'error', 'bad_value');
        this.bad(row);
        continue;
      }
      cellValue[cell] = result.value;
      cellFlag[cell] = result.lowerBound ? FLAG_LOWER_BOUND : 0;
    }
  }

  private reportConflict(row: number, cell: number, earlierValue: number, earlierLine: number): void {
    const report = this.rowReport.data[row] as number;
    const col = this.cellCol.data[cell] as number;
    const line = this.rowLine.data[row] as number;
    const code = BASE_CODES[col] as BaseCode;
    const commune = this.communeList[this.reportCommune.data[report] as number]?.name ?? '';
    const period = periodLabel(this.periodCodes[this.reportPeriod.data[report] as number] as PeriodCode);
    const column = this.headers[this.fileColOf(col)] ?? null;
    const detail = `${commune}, ${period}: "${baseIndicator(code).labelVi}" đã có giá trị ${formatPlain(earlierValue)} ở dòng ${earlierLine}, dòng này ghi ${formatPlain(this.cellValue.data[cell] as number)}. Một xã trong một kỳ chỉ được có một giá trị — dòng sau bị bỏ qua.`;
    this.problems.add(line, column, String(this.cellValue.data[cell]), detail, 'error', 'conflicting_duplicate');
  }

  /** The data checks of one report, whose values are values[base] onwards. */
  private checkOne(values: Float64Array, base: number, report: number, period: PeriodCode): void {
    const warnings = checkReport((code) => {
      const v = values[base + baseColumn(code)] as number;
      return v === v ? v : null;
    });
    if (warnings.length === 0) return;
    const commune = this.communeList[this.reportCommune.data[report] as number]?.name ?? '';
    const wide = this.decision?.layout === 'wide';
    const line = wide ? (this.reportLine.data[report] as number) : null;
    for (const w of warnings) {
      const column = wide ? (this.headerOfCode.get(w.indicator) ?? null) : null;
      this.problems.add(line, column, '', `${commune}, ${periodLabel(period)}: ${w.message}`, 'warning', `check_${w.kind}`);
    }
  }
}

function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if ((fields[i] as string).trim().length > 0) return false;
  return true;
}

function formatPlain(v: number): string {
  return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
}
