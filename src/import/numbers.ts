// Our own number reader: Vietnamese files write `1.590` for 1590 and `99,93`
// for 99.93; English-locale files the other way round. The file's own values
// decide which (detectConvention); missing markers are missing, never 0.
import type { NumberConvention } from './types';

export interface ParsedNumber {
  readonly value: number;
  /** Written as "trên 95%", "> 95": the true value is at least `value`. */
  readonly lowerBound: boolean;
  /** Written with a % sign. */
  readonly percent: boolean;
}

export type NumberResult = ParsedNumber | 'missing' | { readonly error: string };

const MISSING_MARKERS: ReadonlySet<string> = new Set(['', '-', '–', '—', 'x', 'không có số liệu', 'không', 'n/a', 'k/c']);
const LOWER_BOUND_RE = /^(?:đạt\s+trên|trên|hơn|>=|≥|>)\s*/;
const SPACES_RE = /[\s\u00a0\u202f]+/g;

const PATTERNS: Readonly<Record<NumberConvention, { readonly grouped: RegExp; readonly plain: RegExp; readonly group: string; readonly decimal: string }>> = {
  vi: { grouped: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, plain: /^\d+(?:,\d+)?$/, group: '.', decimal: ',' },
  en: { grouped: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, plain: /^\d+(?:\.\d+)?$/, group: ',', decimal: '.' },
};
const SPACE_GROUPED_RE = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;

/**
 * The value of a cell of plain ASCII digits (the common case, read without
 * allocating), or -1 when the cell needs the full parser.
 */
export function plainDigits(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

interface Parts {
  readonly body: string;
  readonly negative: boolean;
  readonly lowerBound: boolean;
  readonly percent: boolean;
}

/** Splits off what surrounds the digits: bound words, sign, % sign; null for a missing marker. */
function parts(text: string): Parts | null {
  let t = text.normalize('NFC').replace(SPACES_RE, ' ').trim().toLowerCase();
  if (MISSING_MARKERS.has(t)) return null;
  let lowerBound = false;
  const bound = LOWER_BOUND_RE.exec(t);
  if (bound) {
    lowerBound = true;
    t = t.slice(bound[0].length);
  }
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trimEnd();
  }
  let negative = false;
  if (t.startsWith('-') || t.startsWith('−')) {
    negative = true;
    t = t.slice(1).trimStart();
  } else if (t.startsWith('+')) {
    t = t.slice(1).trimStart();
  }
  return { body: t, negative, lowerBound, percent };
}

/**
 * A cell of digits and separators only ("1.590", "99,93") read without regular
 * expressions, or NaN when it needs the full parser.
 */
export function separatedDigits(text: string, convention: NumberConvention): number {
  const n = text.length;
  if (n === 0 || n > 24) return Number.NaN;
  const group = convention === 'vi' ? 46 : 44; // '.' : ','
  const decimal = convention === 'vi' ? 44 : 46;
  let integer = 0;
  let digitsInGroup = 0;
  let digits = 0;
  let groups = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      integer = integer * 10 + (c - 48);
      digitsInGroup++;
      if (++digits > 15) return Number.NaN;
    } else if (c === group) {
      if (digitsInGroup === 0 || (groups === 0 ? digitsInGroup > 3 : digitsInGroup !== 3)) return Number.NaN;
      groups++;
      digitsInGroup = 0;
    } else if (c === decimal) {
      break;
    } else {
      return Number.NaN;
    }
  }
  if (digitsInGroup === 0 || (groups > 0 && digitsInGroup !== 3)) return Number.NaN;
  if (i === n) return integer;
  // Decimal part: at least one digit, nothing else.
  let fraction = 0;
  let scale = 1;
  if (i + 1 === n || n - i - 1 > 15) return Number.NaN;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return Number.NaN;
    fraction = fraction * 10 + (c - 48);
    scale *= 10;
  }
  return Number(`${integer}.${String(fraction).padStart(String(scale).length - 1, '0')}`);
}

export function parseNumber(text: string, convention: NumberConvention): NumberResult {
  const fast = plainDigits(text);
  if (fast >= 0) return { value: fast, lowerBound: false, percent: false };
  const separated = separatedDigits(text, convention);
  if (separated === separated) return { value: separated, lowerBound: false, percent: false };
  const p = parts(text);
  if (p === null) return 'missing';
  const rule = PATTERNS[convention];
  let body = p.body;
  if (SPACE_GROUPED_RE.test(body)) body = body.replace(/ /g, '');
  let canonical: string | null = null;
  if (rule.plain.test(body)) canonical = body.replace(rule.decimal, '.');
  else if (rule.grouped.test(body)) canonical = body.split(rule.group).join('').replace(rule.decimal, '.');
  if (canonical === null) return { error: notANumber(text, convention) };
  const magnitude = Number(canonical);
  if (!Number.isFinite(magnitude)) return { error: notANumber(text, convention) };
  return { value: p.negative ? -magnitude : magnitude, lowerBound: p.lowerBound, percent: p.percent };
}

function notANumber(text: string, convention: NumberConvention): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const hint = convention === 'vi' ? 'theo kiểu Việt Nam ("." phân cách hàng nghìn, "," thập phân)' : 'theo kiểu tiếng Anh ("," phân cách hàng nghìn, "." thập phân)';
  return `"${shown}" không đọc được thành số ${hint}.`;
}

const DIGITS_AND_MARKS_RE = /^[\d.,]+$/;

export type Evidence = NumberConvention | 'ambiguous' | null;

/**
 * What one written number says about the convention: `99,93`, `0,5` or
 * `1.590.000` say vi; `12.5` or `1,590,000` say en; `1.590` or `1,590` could
 * be either; plain digits say nothing.
 */
export function conventionEvidence(text: string): Evidence {
  if (plainDigits(text) >= 0) return null;
  const oneMark = oneMarkEvidence(text);
  if (oneMark !== undefined) return oneMark;
  // Most cells are bare digits and separators; only the rest need the full split.
  const body = DIGITS_AND_MARKS_RE.test(text) ? text : parts(text)?.body;
  if (body === undefined) return null;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot !== -1 && comma !== -1) {
    if (comma > dot) return PATTERNS.vi.grouped.test(body) ? 'vi' : null;
    return PATTERNS.en.grouped.test(body) ? 'en' : null;
  }
  const mark = dot !== -1 ? '.' : ',';
  const sayGroup: NumberConvention = mark === '.' ? 'vi' : 'en';
  const sayDecimal: NumberConvention = mark === '.' ? 'en' : 'vi';
  const pieces = body.split(mark);
  if (pieces.length > 2) return PATTERNS[sayGroup].grouped.test(body) ? sayGroup : null;
  const [head = '', tail = ''] = pieces;
  if (head.length === 0 || tail.length === 0) return null;
  if (tail.length === 3 && head.length <= 3 && !(head.length > 1 && head.startsWith('0')) && head !== '0') return 'ambiguous';
  return sayDecimal;
}

/**
 * conventionEvidence of digits around a single '.' or ',' ("1.590", "99,93"),
 * the usual shapes, without regular expressions or splitting (a file whose
 * numbers never settle the convention tallies every one); undefined for any
 * other text.
 */
function oneMarkEvidence(text: string): Evidence | undefined {
  let mark = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c !== 46 && c !== 44) || mark >= 0) return undefined;
    mark = i;
  }
  if (mark < 0) return undefined;
  if (mark === 0 || mark === text.length - 1) return null;
  // Three digits after a mark that follows one to three digits, not starting with 0: a thousands group or decimals.
  if (text.length - mark - 1 === 3 && mark <= 3 && text.charCodeAt(0) !== 48) return 'ambiguous';
  return text.charCodeAt(mark) === 46 ? 'en' : 'vi';
}

export interface ConventionDecision {
  readonly convention: NumberConvention;
  /** Vietnamese sentence for the preview. */
  readonly reason: string;
}

/** Tallies evidence as values stream by; `decide` gives the file's convention and why. */
export class ConventionTally {
  private vi = 0;
  private en = 0;
  private ambiguous = 0;
  private viExample = '';
  private enExample = '';
  private ambiguousExample = '';

  /** Numbers seen so far that settle the convention one way or the other. */
  get decisive(): number {
    return this.vi + this.en;
  }

  add(text: string): void {
    const evidence = conventionEvidence(text);
    if (evidence === 'vi') {
      if (this.vi++ === 0) this.viExample = text.trim();
    } else if (evidence === 'en') {
      if (this.en++ === 0) this.enExample = text.trim();
    } else if (evidence === 'ambiguous') {
      if (this.ambiguous++ === 0) this.ambiguousExample = text.trim();
    }
  }

  decide(): ConventionDecision {
    const vi = 'kiểu Việt Nam ("." phân cách hàng nghìn, "," là dấu thập phân)';
    const en = 'kiểu tiếng Anh ("," phân cách hàng nghìn, "." là dấu thập phân)';
    if (this.vi > 0 && this.en > 0) {
      const convention: NumberConvention = this.en > this.vi ? 'en' : 'vi';
      return {
        convention,
        reason: `Tệp viết số lẫn hai kiểu: ${this.vi} số kiểu Việt Nam (ví dụ "${this.viExample}") và ${this.en} số kiểu tiếng Anh (ví dụ "${this.enExample}"); chọn ${convention === 'vi' ? vi : en} theo đa số — hãy kiểm tra lại.`,
      };
    }
    if (this.vi > 0) return { convention: 'vi', reason: `Đọc số theo ${vi}, vì tệp có số như "${this.viExample}".` };
    if (this.en > 0) return { convention: 'en', reason: `Đọc số theo ${en}, vì tệp có số như "${this.enExample}".` };
    if (this.ambiguous > 0) {
      return { convention: 'vi', reason: `Số như "${this.ambiguousExample}" có thể hiểu hai cách; mặc định đọc theo ${vi}, tức là ${this.ambiguousExample} = ${this.ambiguousExample.replace(/[.,]/g, '')}. Có thể đổi nếu tệp được lập theo kiểu tiếng Anh.` };
    }
    return { convention: 'vi', reason: `Tệp chỉ có số nguyên không phân cách, cách đọc nào cũng như nhau; mặc định ${vi}.` };
  }
}

/** The convention of a file from the values it contains (default vi), with the reason. */
export function detectConvention(samples: Iterable<string>): ConventionDecision {
  const tally = new ConventionTally();
  for (const s of samples) tally.add(s);
  return tally.decide();
}

const UNIT_VI: Readonly<Record<string, string>> = {
  dossiers: 'số hồ sơ',
  procedures: 'số thủ tục',
  items: 'số mục',
  forms: 'số phiếu',
  accounts: 'số tài khoản',
  people: 'số người',
  tasks: 'số nhiệm vụ',
  documents: 'số văn bản',
};

/**
 * Why a read number cannot be the value of an indicator with this unit, or
 * null. Counts are whole and not negative; no indicator is negative.
 */
export function valueProblem(text: string, reading: ParsedNumber, unit: string): string | null {
  const shown = text.trim();
  if (unit === 'percent') {
    if (reading.value < 0) return `"${shown}" là số âm — tỷ lệ không thể âm.`;
    return null;
  }
  const what = UNIT_VI[unit] ?? 'số đếm';
  if (reading.percent) return `"${shown}" là tỷ lệ phần trăm — chỉ tiêu này là ${what}, phải là số nguyên không âm.`;
  if (reading.value < 0) return `"${shown}" là số âm — ${what} phải là số nguyên không âm.`;
  if (!Number.isInteger(reading.value)) return `"${shown}" không phải số nguyên — ${what} phải là số nguyên không âm.`;
  return null;
}
