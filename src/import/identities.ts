// Who and when each row is about: file communes (by code when a row has one,
// else by name), periods, and reports (one commune, one period). Keys are
// dense small integers, so later stages keep arrays, not maps.
import { parsePeriodLabel } from '../domain/periods';
import type { PeriodCode } from '../domain/types';
import { communeName, communeNameKey } from './communes';
import type { ColumnRoles } from './columns';
import { GrowInt32 } from './grow';
import { extractCommuneName, extractPeriod } from './layout';
import type { Problems } from './problems';
import type { ImportContext } from './types';

/** What stands for the commune or period of a file that names none, until the officer chooses. */
const PLACEHOLDER_PERIOD = '2000-Y' as PeriodCode;

export class Identities {
  /** File communes by key. */
  /** File communes by key: the name kept (communeName) and, where it differs, the name as written. */
  readonly communes: { code: string | null; name: string; written: string }[] = [];
  /** Periods by index, in the order first met. */
  readonly periods: PeriodCode[] = [];
  /** Reports by number: their commune key, period index, and the first line that gave them. */
  readonly reportCommune = new GrowInt32();
  readonly reportPeriod = new GrowInt32();
  readonly reportLine = new GrowInt32();
  /** The file names no commune / no period; the officer must choose. */
  needsCommune = false;
  needsPeriod = false;

  // A row's commune by its code when it has one (the code alone decides), else by its name.
  private readonly keyByCode = new Map<string, number>();
  private readonly keyByName = new Map<string, number>();
  private readonly keyByIdentity = new Map<string, number>();
  private readonly periodIndexByText = new Map<string, number>();
  /** Each period's reports by commune key: commune keys are dense, and an array is read faster than a map. */
  private readonly reportsOfPeriod: number[][] = [];
  // Files list one commune's rows together: the previous row's answer is the usual one.
  private lastCode: string | null = null;
  private lastName: string | null = null;
  private lastCommune = -1;
  private lastPeriodText: string | null = null;
  private lastPeriod = -1;
  // The commune and period named once for the whole file (forms, files without those columns).
  private fileCommune = -1;
  private filePeriod = -1;

  constructor(
    private readonly roles: ColumnRoles,
    private readonly problems: Problems,
  ) {}

  /** Commune and period named once for the whole file: by the user, a title line or the file name. */
  resolveFileLevel(context: ImportContext, titleTexts: readonly string[], fileName: string): void {
    const form = this.roles.form !== null;
    const baseName = fileName.replace(/\.[^.]+$/, '');
    if (form || (this.roles.code < 0 && this.roles.name < 0)) {
      const name = context.formCommuneName ?? extractCommuneName(titleTexts) ?? extractCommuneName([baseName]);
      if (name) this.fileCommune = this.communeKeyOf(null, name);
      else {
        this.needsCommune = true;
        this.fileCommune = 0;
        this.communes.push({ code: null, name: '', written: '' });
      }
    }
    if (form || this.roles.period < 0) {
      const period = context.formPeriod ?? extractPeriod(titleTexts) ?? extractPeriod([baseName]);
      if (period) this.filePeriod = this.periodIndexOf(period);
      else {
        this.needsPeriod = true;
        this.filePeriod = this.periodIndexOf(PLACEHOLDER_PERIOD);
      }
    }
  }

  /** The commune key of a data row, or -1 when the row names none (reported). */
  rowCommune(fields: readonly string[], line: number): number {
    if (this.fileCommune >= 0) return this.fileCommune;
    const codeText = this.roles.code >= 0 ? (fields[this.roles.code] as string) : '';
    const nameText = this.roles.name >= 0 ? (fields[this.roles.name] as string) : '';
    if (codeText === this.lastCode && nameText === this.lastName) return this.lastCommune;
    const code = codeText.trim();
    let key = code ? this.keyByCode.get(code) : this.keyByName.get(nameText.trim());
    if (key === undefined) {
      const name = nameText.trim();
      if (code.length === 0 && name.length === 0) {
        const column = this.roles.headers[this.roles.name >= 0 ? this.roles.name : this.roles.code] ?? null;
        this.problems.add('missing_commune', { row: line, column, text: '' });
        return -1;
      }
      key = this.communeKeyOf(code || null, name);
      if (code) this.keyByCode.set(code, key);
      else this.keyByName.set(name, key);
    }
    this.lastCode = codeText;
    this.lastName = nameText;
    this.lastCommune = key;
    return key;
  }

  /** The period index of a data row, or -1 when its period cannot be read (reported). */
  rowPeriod(fields: readonly string[], line: number): number {
    if (this.filePeriod >= 0) return this.filePeriod;
    const text = fields[this.roles.period] as string;
    if (text === this.lastPeriodText) return this.lastPeriod;
    let index = this.periodIndexByText.get(text);
    if (index === undefined) {
      const period = parsePeriodLabel(text);
      index = period ? this.periodIndexOf(period) : -1;
      this.periodIndexByText.set(text, index);
    }
    if (index < 0) {
      const at = { row: line, column: this.roles.headers[this.roles.period] ?? null, text };
      if (text.trim().length === 0) this.problems.add('missing_period', at);
      else this.problems.add('bad_period', at, text);
      return index;
    }
    this.lastPeriodText = text;
    this.lastPeriod = index;
    return index;
  }

  /** The report of a commune and period, made on first use. */
  reportOf(communeKey: number, periodIndex: number, line: number): number {
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

  /**
   * Rows that name a commune only by name and rows that give its code belong
   * to one commune when exactly one code in the file goes with that name
   * ("90501, Xã Trùng Tên" and ", Xã Trùng Tên"): each report's target report,
   * so that their values meet (and a contradiction is reported, not stored twice).
   */
  unifyReports(): Int32Array {
    const codesOfName = new Map<string, number[]>();
    this.communes.forEach((c, key) => {
      if (c.code === null) return;
      const name = communeNameKey(c.name);
      codesOfName.set(name, [...(codesOfName.get(name) ?? []), key]);
    });
    const canonical = this.communes.map((c, key) => {
      if (c.code !== null || c.name === '') return key;
      const coded = codesOfName.get(communeNameKey(c.name));
      return coded?.length === 1 ? (coded[0] as number) : key;
    });
    const n = this.reportCount;
    const target = Int32Array.from({ length: n }, (_, r) => r);
    // Usually every row has a code, or none has: nothing to unify.
    if (canonical.every((into, key) => into === key)) return target;
    const reportOf = new Map<string, number>();
    const communeOf = this.reportCommune.data;
    const periodOf = this.reportPeriod.data;
    for (let r = 0; r < n; r++) if (canonical[communeOf[r] as number] === communeOf[r]) reportOf.set(`${periodOf[r]}|${communeOf[r]}`, r);
    for (let r = 0; r < n; r++) {
      const into = canonical[communeOf[r] as number] as number;
      if (into === communeOf[r]) continue;
      const key = `${periodOf[r]}|${into}`;
      const existing = reportOf.get(key);
      if (existing === undefined) {
        communeOf[r] = into;
        reportOf.set(key, r);
      } else target[r] = existing;
    }
    return target;
  }

  get reportCount(): number {
    return this.reportCommune.length;
  }

  communeNameOfReport(report: number): string {
    return this.communes[this.reportCommune.data[report] as number]?.name ?? '';
  }

  periodOfReport(report: number): PeriodCode {
    return this.periods[this.reportPeriod.data[report] as number] as PeriodCode;
  }

  private communeKeyOf(code: string | null, name: string): number {
    const identity = code ? `c:${code}` : `n:${communeNameKey(name)}`;
    let key = this.keyByIdentity.get(identity);
    if (key === undefined) {
      key = this.communes.length;
      this.communes.push({ code, name: communeName(name) || (code ?? ''), written: name });
      this.keyByIdentity.set(identity, key);
    }
    return key;
  }

  private periodIndexOf(period: PeriodCode): number {
    let index = this.periods.indexOf(period);
    if (index < 0) {
      index = this.periods.length;
      this.periods.push(period);
    }
    return index;
  }
}
