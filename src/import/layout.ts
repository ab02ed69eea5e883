// Which of the three layouts a file has (formats.md), found from its header
// row: long (an indicator column and a value column), wide (indicator
// columns), form (one commune's statistical form: STT, Chỉ tiêu, Đơn vị tính,
// Số lượng/Tỷ lệ, Ghi chú). Also what a title line or a file name says about
// the commune and period of a form.
import { BASE_INDICATORS } from '../domain/catalog';
import { parsePeriodLabel } from '../domain/periods';
import type { BaseCode, PeriodCode } from '../domain/types';
import { matchHeader, matchHeaderQuick } from './headers';
import { simplify } from '../domain/text';
import { stripTags, titleCase } from './text';
import type { FileLayout } from '../domain/import-batch';
import type { ColumnMatch, IdRole } from './types';

export interface LayoutColumn {
  readonly index: number;
  readonly header: string;
  readonly match: ColumnMatch;
  /** The header fits several indicators equally well. */
  readonly ambiguous: boolean;
}

export interface FormColumns {
  readonly stt: number;
  readonly label: number;
  readonly unit: number | null;
  readonly value: number;
}

export interface LayoutDecision {
  readonly layout: FileLayout | null;
  /** Index (in the rows given) of the header row; -1 when none was recognised. */
  readonly headerRow: number;
  readonly columns: readonly LayoutColumn[];
  /** Only for forms. */
  readonly form: FormColumns | null;
}

/** How many leading rows may precede the header (title lines of a report). */
export const HEADER_SEARCH_ROWS = 40;

function columnsOf(fields: readonly string[], withCandidates = false): LayoutColumn[] {
  const columns: LayoutColumn[] = [];
  for (let i = 0; i < fields.length; i++) {
    const header = (fields[i] ?? '').trim();
    if (header.length === 0) {
      columns.push({ index: i, header, match: { kind: 'unmatched', candidates: [] }, ambiguous: false });
      continue;
    }
    const { match, ambiguous } = withCandidates ? matchHeader(header) : matchHeaderQuick(header);
    columns.push({ index: i, header, match, ambiguous });
  }
  return columns;
}

function hasRole(columns: readonly LayoutColumn[], role: IdRole): boolean {
  return columns.some((c) => c.match.kind === 'id' && c.match.role === role);
}

function roleIndex(columns: readonly LayoutColumn[], role: IdRole): number | null {
  const found = columns.find((c) => c.match.kind === 'id' && c.match.role === role);
  return found ? found.index : null;
}

/** The form's columns, from its header row and the sub-header row under it (the seed's two-row header). */
function formColumns(header: readonly LayoutColumn[], next: readonly LayoutColumn[]): FormColumns {
  const stt = roleIndex(header, 'row_number') ?? 0;
  const label = roleIndex(header, 'indicator') ?? stt + 1;
  const unit = roleIndex(header, 'unit') ?? roleIndex(next, 'unit');
  const value = roleIndex(header, 'value') ?? roleIndex(next, 'value') ?? (unit !== null ? unit + 1 : label + 2);
  return { stt, label, unit, value };
}

/**
 * Finds the header row among the first rows and the layout it announces.
 * Without one, the columns of the first non-blank row, all unmatched, so the
 * user sees what was not understood.
 */
export function detectLayout(rows: readonly (readonly string[])[]): LayoutDecision {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let firstNonBlank = -1;
  for (let r = 0; r < limit; r++) {
    const fields = rows[r] as readonly string[];
    if (fields.every((f) => f.trim().length === 0)) continue;
    if (firstNonBlank < 0) firstNonBlank = r;
    const columns = columnsOf(fields);
    const indicators = columns.filter((c) => c.match.kind === 'indicator').length;
    const communeOrPeriod = hasRole(columns, 'commune_code') || hasRole(columns, 'commune_name') || hasRole(columns, 'period');
    if (hasRole(columns, 'indicator') && hasRole(columns, 'row_number') && !communeOrPeriod) {
      const next = r + 1 < rows.length ? columnsOf(rows[r + 1] as readonly string[]) : [];
      return { layout: 'form', headerRow: r, columns, form: formColumns(columns, next) };
    }
    if (hasRole(columns, 'indicator') && hasRole(columns, 'value')) return { layout: 'long', headerRow: r, columns: columnsOf(fields, true), form: null };
    if (indicators >= 1 && (communeOrPeriod || indicators >= 2)) return { layout: 'wide', headerRow: r, columns: columnsOf(fields, true), form: null };
  }
  const columns = firstNonBlank >= 0 ? columnsOf(rows[firstNonBlank] as readonly string[], true) : [];
  return { layout: null, headerRow: -1, columns, form: null };
}

// ── Forms: rows by their place in the Ministry's template ──────────────────

const TEMPLATE_INDEX: ReadonlyMap<string, BaseCode> = (() => {
  const index = new Map<string, BaseCode>();
  for (const ind of BASE_INDICATORS) {
    for (const ref of (ind.templateRef ?? '').split('/')) {
      const m = /^\s*BM\s*(\d+)\s+(\d+(?:\.\d+)*)\.?\s*$/i.exec(ref);
      if (m) index.set(`${m[1]}|${m[2]}`, ind.code);
    }
  }
  return index;
})();

/** "<b>3.3.1.</b>" → "3.3.1"; null when the cell is not a row number. */
export function cleanStt(text: string): string | null {
  const t = stripTags(text).trim().replace(/\.+$/, '');
  return /^\d+(?:\.\d+)*$/.test(t) ? t : null;
}

/** The form section a cell announces ("Biểu mẫu 3" → 3), or null. */
export function sectionOf(text: string): number | null {
  const m = /^(?:biểu mẫu|bm)\s*(\d+)\b/.exec(simplify(stripTags(text).replace(/[*_#]/g, '')));
  return m ? Number(m[1]) : null;
}

/** The indicator of a form row by its section and STT (template_ref of indicators.csv). */
export function templateIndicator(section: number, stt: string): BaseCode | null {
  return TEMPLATE_INDEX.get(`${section}|${stt}`) ?? null;
}

// ── What a title line or a file name says ───────────────────────────────────

const SPECIFIC_PERIOD_RE = new RegExp(
  [
    'quý\\s*(?:iv|iii|ii|i|[1-4])\\s*(?:/|-|năm|,)?\\s*\\d{4}',
    '\\bq[1-4]\\s*[/ _-]?\\s*\\d{4}',
    '(?:0?6|0?9|12)\\s*(?:tháng|t)(?:\\s*đầu)?(?:\\s*năm)?\\s*[/ _-]?\\s*\\d{4}',
  ].join('|'),
);
const YEAR_RE = /(?<!tháng\s*\d{1,2}\s*)(?:cả\s*)?năm\s*\d{4}/;

/** File names drop accents and join words with - or _: "quy-1-2022" → "quý 1 2022". */
function periodWords(text: string): string {
  return simplify(text)
    .replace(/[-_]+/g, ' ')
    .replace(/\bquy\b/g, 'quý')
    .replace(/\bthang\b/g, 'tháng')
    .replace(/\bnam\b/g, 'năm')
    .replace(/\bdau\b/g, 'đầu');
}

/** The period named in free text ("… 6 THÁNG ĐẦU NĂM 2022 TRÊN ĐỊA BÀN …"), or null. A date's "tháng 6 năm 2022" is not one. */
export function extractPeriod(texts: readonly string[]): PeriodCode | null {
  for (const re of [SPECIFIC_PERIOD_RE, YEAR_RE]) {
    for (const text of texts) {
      const found = re.exec(periodWords(text));
      if (!found) continue;
      const period = parsePeriodLabel(found[0].replace(/\s*[ _-]\s*(?=\d{4}$)/, ' '));
      if (period) return period;
    }
  }
  return null;
}

const NAME = "([\\p{L}][\\p{L}' ]*?)";
const END = '(?=\\s*(?:$|[,;()\\-–.]|\\d|huyện|thị xã|tỉnh|thành phố|quý|năm|\\bq[1-4]))';
const COMMUNE_RES: readonly RegExp[] = [
  new RegExp(`(?:địa bàn|ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+(xã|phường|thị trấn)\\s+${NAME}${END}`, 'u'),
  new RegExp(`^(xã|phường|thị trấn)\\s+${NAME}${END}`, 'u'),
  new RegExp(`(?:^|[\\s_-])(xa|phuong|thi tran)[\\s_-]+${NAME}(?=\\s*(?:$|[,;()\\-–.]|\\d|quy\\b|thang\\b|huyen\\b|tinh\\b|\\bq[1-4]))`, 'u'),
];

/** The commune named in free text ("TRÊN ĐỊA BÀN XÃ BÌNH LÃNG" → "Xã Bình Lãng"), or null. */
export function extractCommuneName(texts: readonly string[]): string | null {
  for (const [i, re] of COMMUNE_RES.entries()) {
    for (const text of texts) {
      // The last pattern is for file names, whose words are often joined by - or _.
      const m = re.exec(simplify(text).replace(i === COMMUNE_RES.length - 1 ? /[-_]+/g : /_+/g, ' '));
      const type = m?.[1];
      const name = m?.[2]?.trim();
      if (!type || !name) continue;
      const typeName = type === 'xa' ? 'xã' : type === 'phuong' ? 'phường' : type === 'thi tran' ? 'thị trấn' : type;
      return titleCase(`${typeName} ${name}`);
    }
  }
  return null;
}
