// Reporting periods. H1, 9M and Y are year-to-date (lũy kế): H1 includes Q1.
// Periods are labels, not date ranges: reporting windows differ by commune.
import type { CodeEra, PeriodCode } from './types';

export type PeriodPart = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | '9M' | 'Y';

export interface PeriodInfo {
  readonly year: number;
  readonly part: PeriodPart;
  /** Last month covered (3, 6, 9, 12). */
  readonly endMonth: 3 | 6 | 9 | 12;
  /** First month covered: 1 for year-to-date periods (and Q1), else the quarter's first. */
  readonly startMonth: 1 | 4 | 7 | 10;
}

const PART_RANGE: Readonly<Record<PeriodPart, readonly [1 | 4 | 7 | 10, 3 | 6 | 9 | 12]>> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  '9M': [1, 9],
  Y: [1, 12],
};

const CODE_RE = /^(\d{4})-(Q[1-4]|H1|9M|Y)$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** A canonical code, or null: `2022-H1` yes, `2022-h1` or `2022-Q5` no. */
export function parsePeriodCode(text: string): PeriodCode | null {
  const m = CODE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return text as PeriodCode;
}

export function makePeriod(year: number, part: PeriodPart): PeriodCode {
  return `${year}-${part}` as PeriodCode;
}

// Looked up for every value resolved (hundreds of thousands per league table
// over 3,300 communes): parse each code once.
const infoCache = new Map<string, PeriodInfo>();

export function periodInfo(code: PeriodCode): PeriodInfo {
  const cached = infoCache.get(code);
  if (cached) return cached;
  const m = CODE_RE.exec(code);
  if (!m) throw new Error(`not a period code: ${code}`);
  const part = m[2] as PeriodPart;
  const [startMonth, endMonth] = PART_RANGE[part];
  const info: PeriodInfo = { year: Number(m[1]), part, startMonth, endMonth };
  infoCache.set(code, info);
  return info;
}

/**
 * Whose codes a report of the period uses: a period that ends by 30 June 2025
 * was reported by the units before the reorganisation, a later one (2025-Q3,
 * 2025-9M, 2025-Y on) by the units formed on 1 July 2025.
 */
export function codeEraOf(code: PeriodCode): CodeEra {
  const { year, endMonth } = periodInfo(code);
  return year < 2025 || (year === 2025 && endMonth <= 6) ? 'before_2025_07' : 'since_2025_07';
}

/** True for H1, 9M and Y, which accumulate from the start of the year. Q1 is both. */
export function isYearToDate(code: PeriodCode): boolean {
  const { part } = periodInfo(code);
  return part === 'H1' || part === '9M' || part === 'Y' || part === 'Q1';
}

export function isQuarter(code: PeriodCode): boolean {
  return periodInfo(code).part.startsWith('Q');
}

/** The year-to-date period ending with the same month (Q2 → H1, Q3 → 9M, Q4 → Y, Q1 → Q1). */
export function yearToDateEndingWith(code: PeriodCode): PeriodCode {
  const { year, endMonth } = periodInfo(code);
  return makePeriod(year, YTD_BY_END[endMonth]);
}

const YTD_BY_END: Readonly<Record<3 | 6 | 9 | 12, PeriodPart>> = { 3: 'Q1', 6: 'H1', 9: '9M', 12: 'Y' };
const QUARTER_BY_END: Readonly<Record<3 | 6 | 9 | 12, PeriodPart>> = { 3: 'Q1', 6: 'Q2', 9: 'Q3', 12: 'Q4' };

/** The discrete quarter ending with the same month (H1 → Q2, 9M → Q3, Y → Q4). */
export function quarterEndingWith(code: PeriodCode): PeriodCode {
  const { year, endMonth } = periodInfo(code);
  return makePeriod(year, QUARTER_BY_END[endMonth]);
}

/**
 * For a discrete quarter, the two year-to-date reports whose difference is
 * its flow: Q2 = H1 − Q1, Q3 = 9M − H1, Q4 = Y − 9M. Q1 needs no difference.
 */
export function quarterDifference(code: PeriodCode): { readonly minuend: PeriodCode; readonly subtrahend: PeriodCode } | null {
  const { year, part } = periodInfo(code);
  switch (part) {
    case 'Q2':
      return { minuend: makePeriod(year, 'H1'), subtrahend: makePeriod(year, 'Q1') };
    case 'Q3':
      return { minuend: makePeriod(year, '9M'), subtrahend: makePeriod(year, 'H1') };
    case 'Q4':
      return { minuend: makePeriod(year, 'Y'), subtrahend: makePeriod(year, '9M') };
    default:
      return null;
  }
}

const PART_ORDER: Readonly<Record<PeriodPart, number>> = { Q1: 0, Q2: 1, H1: 2, Q3: 3, '9M': 4, Q4: 5, Y: 6 };

/** Chronological by end month; at the same end the discrete quarter comes before the year-to-date report. */
export function comparePeriods(a: PeriodCode, b: PeriodCode): number {
  const pa = periodInfo(a);
  const pb = periodInfo(b);
  return pa.year - pb.year || PART_ORDER[pa.part] - PART_ORDER[pb.part];
}

export function sortPeriods(codes: Iterable<PeriodCode>): PeriodCode[] {
  return [...new Set(codes)].sort(comparePeriods);
}

export type Comparison = 'quy-truoc' | 'cung-ky';

/**
 * The period a figure is compared with. `cung-ky`: the same period a year
 * earlier. `quy-truoc`: one quarter earlier in the same shape — a quarter
 * against the previous quarter (Q1 against last year's Q4), a year-to-date
 * report against the one a quarter shorter (9M against H1; rates compare,
 * counts of different lengths do not). Y has no shorter predecessor than 9M;
 * Q1 as year-to-date compares with the previous Q4.
 */
export function comparablePeriod(code: PeriodCode, comparison: Comparison): PeriodCode | null {
  const { year, part } = periodInfo(code);
  if (comparison === 'cung-ky') return year - 1 >= MIN_YEAR ? makePeriod(year - 1, part) : null;
  const previous: Readonly<Record<PeriodPart, [number, PeriodPart]>> = {
    Q1: [year - 1, 'Q4'],
    Q2: [year, 'Q1'],
    Q3: [year, 'Q2'],
    Q4: [year, 'Q3'],
    H1: [year, 'Q1'],
    '9M': [year, 'H1'],
    Y: [year, '9M'],
  };
  const [y, p] = previous[part];
  return y >= MIN_YEAR ? makePeriod(y, p) : null;
}

// ── Labels met in files (formats.md) ────────────────────────────────────────

const ROMAN: Readonly<Record<string, 1 | 2 | 3 | 4>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function simplify(label: string): string {
  return label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const YEAR = '(\\d{4})';
const SEP = '\\s*(?:/|-|năm|,)?\\s*';
const LABEL_PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => [number, PeriodPart] | null]> = [
  // Quý I/2022, Quý I năm 2022, quý 1 2022, Quý IV - 2023 (not "quý 12022")
  [new RegExp(`^quý\\s*(iv|iii|ii|i|[1-4](?!\\d))${SEP}${YEAR}$`), (m) => [Number(m[2]), `Q${ROMAN[m[1] ?? ''] ?? 0}` as PeriodPart]],
  // Q1/2022, Q1 2022, Q1-2022
  [new RegExp(`^q([1-4])(?!\\d)${SEP}${YEAR}$`), (m) => [Number(m[2]), `Q${m[1]}` as PeriodPart]],
  // 2022 Q1 (some exports put the year first)
  [new RegExp(`^${YEAR}\\s*[-/ ]?\\s*q([1-4])$`), (m) => [Number(m[1]), `Q${m[2]}` as PeriodPart]],
  // 6 tháng đầu năm 2022, 6 tháng 2022, 6T/2022, 06 tháng năm 2022
  [new RegExp(`^0?6\\s*(?:tháng|t)(?:\\s*đầu)?(?:\\s*năm)?${SEP}${YEAR}$`), (m) => [Number(m[1]), 'H1']],
  [new RegExp(`^0?9\\s*(?:tháng|t)(?:\\s*đầu)?(?:\\s*năm)?${SEP}${YEAR}$`), (m) => [Number(m[1]), '9M']],
  // Năm 2022, Năm/2022 (periodLabel's own), 2022, cả năm 2022, 12 tháng 2022
  [new RegExp(`^(?:cả\\s*)?năm\\s*[-/]?\\s*${YEAR}$`), (m) => [Number(m[1]), 'Y']],
  [new RegExp(`^12\\s*(?:tháng|t)(?:\\s*năm)?${SEP}${YEAR}$`), (m) => [Number(m[1]), 'Y']],
  [new RegExp(`^${YEAR}$`), (m) => [Number(m[1]), 'Y']],
];

/**
 * Reads a period as written in a file: a canonical code or any label of
 * formats.md (`Quý I/2022`, `6 tháng đầu năm 2022`, `6T/2022`, `Năm 2022`…).
 * Returns null for anything else, including impossible ones (`Quý V/2022`).
 */
export function parsePeriodLabel(label: string): PeriodCode | null {
  const text = simplify(label);
  const canonical = parsePeriodCode(text.toUpperCase());
  if (canonical) return canonical;
  for (const [re, read] of LABEL_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parsed = read(m);
    if (!parsed) return null;
    const [year, part] = parsed;
    if (!(part in PART_RANGE)) return null;
    return parsePeriodCode(`${year}-${part}`);
  }
  return null;
}

/** Vietnamese (or English) label for display: `Quý III/2023`, `9 tháng đầu năm 2023`, `Năm 2023`. */
export function periodLabel(code: PeriodCode, lang: 'vi' | 'en' = 'vi'): string {
  const { year, part } = periodInfo(code);
  if (lang === 'en') {
    const en: Record<PeriodPart, string> = { Q1: 'Q1', Q2: 'Q2', Q3: 'Q3', Q4: 'Q4', H1: 'H1 (6 months)', '9M': '9 months', Y: 'Year' };
    return `${en[part]} ${year}`;
  }
  const vi: Record<PeriodPart, string> = {
    Q1: `Quý I/${year}`,
    Q2: `Quý II/${year}`,
    Q3: `Quý III/${year}`,
    Q4: `Quý IV/${year}`,
    H1: `6 tháng đầu năm ${year}`,
    '9M': `9 tháng đầu năm ${year}`,
    Y: `Năm ${year}`,
  };
  return vi[part];
}
