// The bad-input corpus (tests/fixtures/bad) and the good files
// (tests/fixtures/good): each is refused or flagged as it should be, with
// messages that name file, row and column, and good data still imports.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseColumn } from '../domain/catalog';
import { COLUMNS } from '../domain/period-table';
import { FLAG_LOWER_BOUND, type BaseCode } from '../domain/types';
import { planFromBytes } from './plan';
import type { ImportContext, ImportPlan } from './types';

const context: ImportContext = { knownCommunes: [], aliases: [] };

function fixture(path: string): Uint8Array {
  // vitest runs from the repository root
  return new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures', path)));
}

function plan(path: string, ctx: ImportContext = context): ImportPlan {
  return planFromBytes(fixture(path), path.split('/').pop() as string, ctx);
}

/** The stored value of a commune (by file name) for a period and indicator, or null. */
function valueOf(p: ImportPlan, communeName: string, period: string, code: BaseCode): number | null {
  const commune = p.communes.find((c) => c.name === communeName);
  const block = p.blocks.find((b) => b.period === period);
  if (!commune || !block) return null;
  const row = block.communeIds.indexOf(commune.key);
  if (row < 0) return null;
  const v = block.values[row * COLUMNS + baseColumn(code)] as number;
  return Number.isNaN(v) ? null : v;
}

interface Expectation {
  readonly file: string;
  /** Refused as a whole (nothing can be stored). */
  readonly fatal: boolean;
  /** Problem codes that must be reported. */
  readonly codes: readonly string[];
  /** Where the first problem of codes[0] must point, when it is about a row. */
  readonly at?: { readonly row: number | null; readonly column: string | null };
  readonly then?: (p: ImportPlan) => void;
}

const CORPUS: readonly Expectation[] = [
  { file: 'empty.csv', fatal: true, codes: ['empty_file'] },
  { file: 'binary-named-csv.csv', fatal: true, codes: ['binary_file'] },
  { file: 'header-only.csv', fatal: true, codes: ['no_data'] },
  {
    file: 'unknown-columns.csv',
    fatal: true,
    codes: ['no_layout', 'unknown_column'],
    then: (p) => expect(p.columns.map((c) => c.header)).toEqual(['foo', 'bar', 'baz']),
  },
  { file: 'duplicate-headers.csv', fatal: true, codes: ['duplicate_header'], at: { row: null, column: 'dossiers_resolved_on_time' } },
  {
    file: 'unreadable-numbers.csv',
    fatal: false,
    codes: ['not_a_number'],
    at: { row: 2, column: 'Số hồ sơ đã giải quyết' },
    then: (p) => {
      expect(p.rowsWithErrors).toBe(1);
      // the row with "abc" is left out whole: none of its values is stored
      expect(valueOf(p, 'Xã Bình Lãng', '2022-H1', 'dossiers_received')).toBeNull();
      expect(valueOf(p, 'Xã Cộng Lạc', '2022-H1', 'dossiers_resolved')).toBe(1590);
    },
  },
  {
    file: 'negative-fractional-counts.csv',
    fatal: false,
    codes: ['bad_value'],
    at: { row: 2, column: 'Số hồ sơ đã giải quyết' },
    then: (p) => {
      const messages = p.problems.filter((x) => x.code === 'bad_value').map((x) => x.message);
      expect(messages).toEqual([
        'Tệp "negative-fractional-counts.csv", dòng 2, cột "Số hồ sơ đã giải quyết": "-3" là số âm — số hồ sơ phải là số nguyên không âm. Dòng bị bỏ qua.',
        'Tệp "negative-fractional-counts.csv", dòng 3, cột "Giải quyết đúng hạn": "12,5" không phải số nguyên — số hồ sơ phải là số nguyên không âm. Dòng bị bỏ qua.',
      ]);
      expect(p.rowsWithErrors).toBe(2);
      expect(valueOf(p, 'Xã Đại Hợp', '2021-9M', 'dossiers_received')).toBe(2000);
    },
  },
  {
    file: 'impossible-periods.csv',
    fatal: false,
    codes: ['bad_period'],
    at: { row: 2, column: 'Kỳ báo cáo' },
    then: (p) => {
      expect(p.problems.filter((x) => x.code === 'bad_period').map((x) => x.row)).toEqual([2, 3, 4]);
      expect(p.periods).toEqual(['2022-Q1']);
    },
  },
  {
    file: 'parts-exceed-totals.csv',
    fatal: false,
    codes: ['check_part_exceeds_total'],
    then: (p) => {
      const warning = p.problems.find((x) => x.code === 'check_part_exceeds_total');
      expect(warning?.severity).toBe('warning');
      expect(warning?.row).toBe(2);
      // a warning keeps the report as sent
      expect(valueOf(p, 'Xã Lộc Thủy', '2022-Q1', 'dossiers_resolved_on_time')).toBe(450);
    },
  },
  {
    file: 'unclosed-quote.csv',
    fatal: false,
    codes: ['unclosed_quote'],
    at: { row: 3, column: null },
    then: (p) => {
      expect(valueOf(p, 'Xã Bình Lãng', '2022-H1', 'dossiers_received')).toBe(738);
      expect(valueOf(p, 'Xã Lộc Thủy', '2022-Q1', 'dossiers_received')).toBe(486);
      expect(p.communes.map((c) => c.name)).not.toContain('Xã Cộng Lạc');
    },
  },
  {
    file: 'mixed-separators.csv',
    fatal: false,
    codes: ['column_count'],
    at: { row: 3, column: null },
    then: (p) => {
      expect(p.separator).toBe(';');
      expect(p.communes.map((c) => c.name)).toEqual(['Xã Bình Lãng', 'Xã Lộc Thủy']);
    },
  },
  {
    file: 'windows-1258.csv',
    fatal: false,
    codes: [],
    then: (p) => {
      expect(p.encoding).toBe('windows-1258');
      expect(p.problems).toEqual([]);
      expect(p.communes.map((c) => c.name)).toEqual(['Xã Bình Lãng', 'Xã Lộc Thủy', 'Phường Cổ Thành']);
      expect(p.communes[2]?.type).toBe('phường');
      expect(valueOf(p, 'Phường Cổ Thành', '2022-Q1', 'dossiers_received')).toBe(1026);
      expect(valueOf(p, 'Xã Bình Lãng', '2022-H1', 'dossiers_resolved_on_time')).toBe(738);
    },
  },
  { file: 'truncated-utf16.csv', fatal: true, codes: ['truncated_utf16'] },
  {
    file: 'formula-html-names.csv',
    fatal: false,
    codes: [],
    then: (p) => {
      expect(p.communes.map((c) => c.name)).toEqual(['=HYPERLINK("http://example.invalid","Bình Lãng")', '<script>alert(1)</script>', "+cmd|' /C calc'!A0", '@SUM(1+1)']);
      expect(p.valueCount).toBe(16);
    },
  },
  {
    file: 'proto-constructor-headers.csv',
    fatal: false,
    codes: ['unknown_column'],
    then: (p) => {
      expect(p.problems.filter((x) => x.code === 'unknown_column').map((x) => x.column)).toEqual(['__proto__', 'constructor', 'prototype']);
      expect(valueOf(p, 'Xã Bình Lãng', '2022-H1', 'dossiers_received')).toBe(738);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  },
  {
    file: 'conflicting-duplicate.csv',
    fatal: false,
    codes: ['conflicting_duplicate'],
    at: { row: 3, column: 'Số hồ sơ tiếp nhận' },
    then: (p) => {
      // the first row stands; "Bình Lãng" without its prefix is the same commune and agrees, so it is no error
      expect(p.problems.filter((x) => x.severity === 'error')).toHaveLength(1);
      expect(valueOf(p, 'Xã Bình Lãng', '2022-H1', 'dossiers_received')).toBe(738);
    },
  },
  {
    file: 'missing-commune-and-period.csv',
    fatal: false,
    codes: ['missing_commune', 'missing_period'],
    at: { row: 2, column: 'Tên xã' },
    then: (p) => expect(p.communes.map((c) => c.name)).toEqual(['Xã Lộc Thủy']),
  },
  { file: 'replacement-character.csv', fatal: true, codes: ['replacement_char'] },
  { file: 'invalid-utf8-with-bom.csv', fatal: true, codes: ['bad_utf8'] },
  {
    file: 'unknown-indicator-long.csv',
    fatal: false,
    codes: ['unknown_indicator'],
    at: { row: 3, column: 'Chỉ tiêu' },
    then: (p) => expect(p.layout).toBe('long'),
  },
  {
    file: 'form-without-commune-or-period.csv',
    fatal: false,
    codes: ['needs_commune', 'needs_period'],
    then: (p) => {
      expect(p.layout).toBe('form');
      expect(p.needs).toEqual({ commune: true, period: true });
      expect(p.blocks).toEqual([]);
      const chosen = planFromBytes(fixture('bad/form-without-commune-or-period.csv'), 'f.csv', { ...context, formCommuneName: 'Xã Bình Lãng', formPeriod: '2022-H1' as never });
      expect(chosen.needs).toEqual({ commune: false, period: false });
      expect(valueOf(chosen, 'Xã Bình Lãng', '2022-H1', 'plan_tasks_total')).toBe(33);
      expect(valueOf(chosen, 'Xã Bình Lãng', '2022-H1', 'directive_documents')).toBe(21);
    },
  },
];

describe('the bad-input corpus', () => {
  it.each(CORPUS.map((e) => [e.file, e] as const))('%s', (_file, e) => {
    const p = plan(`bad/${e.file}`);
    expect(p.fatal).toBe(e.fatal);
    const codes = new Set(p.problems.map((x) => x.code));
    for (const code of e.codes) expect(codes, `expected problem ${code}`).toContain(code);
    if (e.fatal) expect(p.blocks).toEqual([]);
    for (const problem of p.problems) {
      expect(problem.file).toBe(e.file);
      expect(problem.message).toContain(`Tệp "${e.file}"`);
      if (problem.row !== null) expect(problem.message).toContain(`dòng ${problem.row}`);
      if (problem.column) expect(problem.message).toContain(`cột "${problem.column}"`);
    }
    if (e.at) {
      const first = p.problems.find((x) => x.code === e.codes[0]);
      expect({ row: first?.row, column: first?.column }).toEqual(e.at);
    }
    e.then?.(p);
  });

  it('refuses 50 MB of random bytes quickly, as binary', () => {
    let seed = 7;
    const bytes = new Uint8Array(50 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    const t = performance.now();
    const p = planFromBytes(bytes, 'rac.csv', context, { hash: 'not computed here' });
    expect(p.fatal).toBe(true);
    expect(p.problems.map((x) => x.code)).toEqual(['binary_file']);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('the good files', () => {
  it('imports the semicolon, BOM, decimal-comma wide file with Vietnamese headers', () => {
    const p = plan('good/wide-semicolon-bom.csv');
    expect(p).toMatchObject({ fatal: false, encoding: 'utf-8-bom', separator: ';', layout: 'wide', numberConvention: 'vi', rowsWithErrors: 0 });
    expect(p.columns.filter((c) => c.match.kind === 'unmatched')).toEqual([]);
    expect(valueOf(p, 'Xã Cộng Lạc', '2022-H1', 'dossiers_resolved')).toBe(1590);
    expect(valueOf(p, 'Xã Cộng Lạc', '2022-H1', 'dossiers_resolved_on_time')).toBe(1589);
    expect(valueOf(p, 'Xã Cộng Lạc', '2022-H1', 'dossiers_received')).toBeNull();
    expect(valueOf(p, 'Xã Bình Lãng', '2022-H1', 'plan_completion_reported')).toBe(63.6);
    expect(p.periods).toEqual(['2021-9M', '2022-Q1', '2022-H1']);
    expect(p.problems.map((x) => x.code)).toContain('check_reported_rate_mismatch');
  });

  it('imports the long UTF-8 file (seed-figures.csv) in the English convention its "63.6" shows', () => {
    const p = plan('good/long-utf8.csv');
    expect(p).toMatchObject({ fatal: false, layout: 'long', separator: ',', numberConvention: 'en', rowsWithErrors: 0, rowCount: 87, valueCount: 87 });
    expect(p.conventionReason).toContain('63.6');
    expect(valueOf(p, 'Xã Bình Lãng', '2022-H1', 'plan_completion_reported')).toBe(63.6);
    expect(valueOf(p, 'Xã Cộng Lạc', '2022-H1', 'dossiers_resolved')).toBe(1590);
    expect(p.communes).toHaveLength(5);
    // parent, province and source are shown as not understood, not silently dropped
    expect(p.problems.filter((x) => x.code === 'unknown_column').map((x) => x.column)).toEqual(['parent', 'province', 'source']);
  });

  it('imports the UTF-16LE tab file with a lower bound', () => {
    const p = plan('good/utf16le-tab.csv');
    expect(p).toMatchObject({ fatal: false, encoding: 'utf-16le', separator: '\t', layout: 'wide', rowsWithErrors: 0, periods: ['2022-Q2'] });
    expect(valueOf(p, 'Xã Bình Lãng', '2022-Q2', 'dossiers_received')).toBe(1234);
    expect(valueOf(p, 'Xã Bình Lãng', '2022-Q2', 'satisfaction_rate')).toBe(99.5);
    const block = p.blocks[0];
    const row = block?.communeIds.indexOf(p.communes.find((c) => c.name === 'Xã Cộng Lạc')?.key ?? -1) ?? -1;
    expect(block?.flags[row * COLUMNS + baseColumn('satisfaction_rate')]).toBe(FLAG_LOWER_BOUND);
    expect(p.communes.map((c) => c.code)).toEqual(['30715', '30716']);
  });

  it('reads seed 001 appendix as a form: rows by template (Biểu mẫu 3, 3.3.1 → dossiers resolved), commune and period from the title', () => {
    const p = plan('good/bieu-mau-binh-lang.csv');
    expect(p).toMatchObject({ fatal: false, layout: 'form', periods: ['2022-H1'], needs: { commune: false, period: false } });
    expect(p.communes.map((c) => c.name)).toEqual(['Xã Bình Lãng']);
    const expected: [BaseCode, number][] = [
      ['directive_documents', 21],
      ['plan_completion_reported', 63.6],
      ['plan_tasks_total', 33],
      ['plan_tasks_done', 14],
      ['satisfaction_surveys', 738],
      ['procedures_total', 172],
      ['dossiers_resolved', 738],
      ['dossiers_resolved_on_time', 738],
      ['feedback_received', 0],
      ['staff_quota', 20],
      ['staff_total', 20],
      ['staff_non_dedicated', 10],
      ['staff_disciplined', 0],
      ['dossiers_received', 738],
      ['dossiers_received_online', 170],
    ];
    for (const [code, value] of expected) expect(valueOf(p, 'Xã Bình Lãng', '2022-H1', code), code).toBe(value);
    // 3.1.1 has the same label as 3.3.1 but belongs to another row of the template
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.map((x) => x.code)).toContain('check_reported_rate_mismatch');
  });

  it('matches the form to a known commune and reports the typo "Bình Lăng" as a suggestion only', () => {
    const known = { knownCommunes: [{ id: '30715', code: '30715', name: 'Xã Bình Lãng' }], aliases: [] };
    expect(plan('good/bieu-mau-binh-lang.csv', known).communes[0]?.match).toEqual({ kind: 'name', communeId: '30715' });
    const typo = planFromBytes(new TextEncoder().encode('Tên xã;Kỳ;Tiếp nhận\nXã Bình Lăng;2022-H1;738\n'), 't.csv', known);
    expect(typo.communes[0]?.match).toEqual({ kind: 'new', newId: 'ten:bình lăng', suggestions: ['30715'] });
  });
});
