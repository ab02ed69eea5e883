import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseColumn } from '../domain/catalog';
import { COLUMNS } from '../domain/period-table';
import { FLAG_LOWER_BOUND, type BaseCode } from '../domain/types';
import { planFromBytes } from './plan';
import type { ImportContext, ImportPlan, ImportProgress } from './types';

const context: ImportContext = { knownCommunes: [], aliases: [] };
const bytesOf = (text: string) => new TextEncoder().encode(text);
const planOf = (text: string, ctx: ImportContext = context) => planFromBytes(bytesOf(text), 'tep.csv', ctx);

function cell(p: ImportPlan, name: string, period: string, code: BaseCode): { value: number; flags: number } | null {
  const commune = p.communes.find((c) => c.name === name);
  const block = p.blocks.find((b) => b.period === period);
  if (!commune || !block) return null;
  const row = block.communeIds.indexOf(commune.key);
  const at = row * COLUMNS + baseColumn(code);
  return { value: block.values[at] as number, flags: block.flags[at] as number };
}

const HEADER = 'Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết;Giải quyết đúng hạn;Tỷ lệ hài lòng (%)';

describe('planFromBytes', () => {
  it('reads the seed figures of a wide file: 1.590 is 1590, "trên 95%" is 95 marked as a lower bound, "-" is missing', () => {
    const p = planOf(`${HEADER}\nXã Cộng Lạc;6 tháng đầu năm 2022;1.590;1.589;99,93\nXã Đại Hợp;9 tháng đầu năm 2021;-;không có số liệu;trên 95%\n`);
    expect(cell(p, 'Xã Cộng Lạc', '2022-H1', 'dossiers_resolved')).toEqual({ value: 1590, flags: 0 });
    expect(cell(p, 'Xã Cộng Lạc', '2022-H1', 'satisfaction_rate')).toEqual({ value: 99.93, flags: 0 });
    expect(cell(p, 'Xã Đại Hợp', '2021-9M', 'satisfaction_rate')).toEqual({ value: 95, flags: FLAG_LOWER_BOUND });
    expect(Number.isNaN(cell(p, 'Xã Đại Hợp', '2021-9M', 'dossiers_resolved')?.value)).toBe(true);
    expect(p.valueCount).toBe(4);
  });

  it('decides the number convention from the whole file, even from its last row', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `Xã Số ${i};Quý I/2022;1.590;1.589;100`);
    const p = planOf(`${HEADER}\n${rows.join('\n')}\nXã Cuối;Quý I/2022;10;10;99,93\n`);
    expect(p.numberConvention).toBe('vi');
    expect(p.conventionReason).toContain('99,93');
    expect(cell(p, 'Xã Số 59', '2022-Q1', 'dossiers_resolved')?.value).toBe(1590);
  });

  it("follows the user's convention from the preview, and then 1.590 is no whole count", () => {
    const p = planOf(`${HEADER}\nXã Cộng Lạc;Quý I/2022;1.590;1.589;99.93\n`, { ...context, numberConvention: 'en' });
    expect(p.numberConvention).toBe('en');
    expect(p.conventionReason).toContain('lựa chọn của người dùng');
    expect(p.problems[0]?.message).toBe('Tệp "tep.csv", dòng 2, cột "Số hồ sơ đã giải quyết": "1.590" không phải số nguyên — số hồ sơ phải là số nguyên không âm. Dòng bị bỏ qua.');
    expect(p.rowsWithErrors).toBe(1);
    expect(p.fatal).toBe(true);
  });

  it('accepts a long file giving one value twice when it agrees, and refuses the later row when it differs', () => {
    const p = planOf('commune_name,period,indicator,value\nXã Bình Lãng,2022-H1,dossiers_received,738\nXã Bình Lãng,2022-H1,dossiers_received,738\nXã Bình Lãng,2022-H1,dossiers_received,739\n');
    expect(p.problems.map((x) => [x.code, x.row])).toEqual([['conflicting_duplicate', 4]]);
    expect(cell(p, 'Xã Bình Lãng', '2022-H1', 'dossiers_received')?.value).toBe(738);
    expect(p.rowsWithErrors).toBe(1);
  });

  it('keeps at most 1,000 problems but counts every row with an error', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Xã ${i};Quý I/2022;abc;1;1`);
    const p = planOf(`${HEADER}\n${rows.join('\n')}\nXã Tốt;Quý I/2022;5;5;100\n`);
    expect(p.rowsWithErrors).toBe(2500);
    expect(p.problems).toHaveLength(1001);
    expect(p.problems[1000]).toMatchObject({ code: 'problems_truncated', severity: 'warning' });
    expect(p.problems[1000]?.message).toContain('2500');
    expect(p.valueCount).toBe(3);
  });

  it('takes the commune and period of a wide file without those columns from its name, or says they are needed', () => {
    const p = planFromBytes(bytesOf('Tiếp nhận;Đã giải quyết\n738;738\n'), 'xa-binh-lang_quy-1-2022.csv', context);
    expect(p.periods).toEqual(['2022-Q1']);
    expect(p.communes.map((c) => c.name)).toEqual(['Xã Binh Lang']);
    const unnamed = planFromBytes(bytesOf('Tiếp nhận;Đã giải quyết\n738;738\n'), 'so-lieu.csv', context);
    expect(unnamed.needs).toEqual({ commune: true, period: true });
    expect(unnamed.fatal).toBe(false);
  });

  it('hashes the bytes with SHA-256, records timings and reports progress by stage', () => {
    const bytes = bytesOf(`${HEADER}\nXã Cộng Lạc;Quý I/2022;1.590;1.589;99,93\n`);
    const stages: ImportProgress['stage'][] = [];
    const p = planFromBytes(bytes, 'tep.csv', context, { onProgress: (x) => stages.push(x.stage) });
    expect(p.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(p.byteLength).toBe(bytes.length);
    expect(Object.keys(p.timings)).toEqual(['decodeMs', 'parseMs', 'validateMs']);
    expect(stages[0]).toBe('decode');
    expect(stages).toContain('parse');
    expect(stages.at(-1)).toBe('validate');
  });

  it('imports Vietnamese text split across parse slices intact (multi-byte characters at slice boundaries)', () => {
    // > 512K characters so papaparse streams several slices; every name is full of multi-byte letters.
    const rows = Array.from({ length: 12000 }, (_, i) => `Xã Hưng Đạo Ngọc Lãng Thượng Tỉnh số ${i};Quý I/2022;${i};${i};100`);
    const p = planOf(`${HEADER}\n${rows.join('\n')}\n`);
    expect(p.rowsWithErrors).toBe(0);
    expect(p.communes).toHaveLength(12000);
    expect(p.communes.every((c) => /^Xã Hưng Đạo Ngọc Lãng Thượng Tỉnh số \d+$/.test(c.name))).toBe(true);
    expect(cell(p, 'Xã Hưng Đạo Ngọc Lãng Thượng Tỉnh số 11999', '2022-Q1', 'dossiers_resolved')?.value).toBe(11999);
  });

  it('never throws on any bytes: it returns a plan, or a fatal plan that says why', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const p = planFromBytes(bytes, 'x.csv', context);
        if (p.fatal) expect(p.problems.some((x) => x.severity === 'error')).toBe(true);
        else expect(p.valueCount > 0 || p.needs.commune || p.needs.period).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on CSV-like text, and every stored value is a real number counted in valueCount', () => {
    const token = fc.constantFrom('Tên xã', 'Kỳ báo cáo', 'Tiếp nhận', 'đúng hạn', 'Xã Bình Lãng', 'Quý I/2022', '2022-H1', '1.590', '99,93%', 'trên 95%', '-', '"', '""', ';', ',', '\t', '\n', '\r\n', '12.5', 'abc', '__proto__', 'STT', 'Chỉ tiêu', 'Biểu mẫu 3', '3.3.1.', 'Giá trị', 'indicator', 'dossiers_received');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), fc.constantFrom<'vi' | 'en' | undefined>('vi', 'en', undefined), (tokens, convention) => {
        const ctx: ImportContext = convention ? { ...context, numberConvention: convention } : context;
        const p = planFromBytes(bytesOf(tokens.join('')), 'x.csv', ctx);
        let stored = 0;
        for (const b of p.blocks) for (const v of b.values) if (!Number.isNaN(v)) stored++;
        expect(stored).toBe(p.valueCount);
        expect(p.problems.length).toBeLessThanOrEqual(1001);
      }),
      { numRuns: 300 },
    );
  });
});

describe('statistical forms', () => {
  // One header row, then the sections one after another, as some offices send the appendix.
  const formOf = (heading: string) =>
    [
      'BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH',
      '6 THÁNG ĐẦU NĂM 2022 TRÊN ĐỊA BÀN XÃ BÌNH LÃNG',
      '',
      'STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú',
      '\t\tĐơn vị tính\tSố lượng/ Tỷ lệ\t',
      heading,
      '1.1.\tSố TTHC đã được phê duyệt phương án đơn giản hóa\tThủ tục\t17\t',
      // Same label as 3.3.1, but the district's dossiers: only the section and number tell them apart.
      '3.1.1.\t<i>Tổng số hồ sơ TTHC đã giải quyết xong</i>\t<i>Hồ sơ</i>\t<i>0</i>\t',
      '3.3.1.\t<i>Tổng số hồ sơ TTHC đã giải quyết xong</i>\t<i>Hồ sơ</i>\t<i>738</i>\t',
    ].join('\n');

  it('takes a section heading that carries its whole title ("Biểu mẫu 3: …", over 40 characters)', () => {
    const p = planOf(formOf('Biểu mẫu 3: Kết quả cải cách thủ tục hành chính tại bộ phận một cửa cấp xã\t\t\t\t'));
    expect(p).toMatchObject({ fatal: false, layout: 'form', periods: ['2022-H1'] });
    expect(cell(p, 'Xã Bình Lãng', '2022-H1', 'dossiers_resolved')).toEqual({ value: 738, flags: 0 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('names each row it leaves out, with its section, number, label and figure', () => {
    const p = planOf(formOf('**Biểu mẫu 3**'));
    const skipped = p.problems.filter((x) => x.code === 'form_row_skipped');
    expect(skipped.map((x) => x.row)).toEqual([7, 8]);
    expect(skipped[0]).toMatchObject({ row: 7, severity: 'warning', text: '1.1 Số TTHC đã được phê duyệt phương án đơn giản hóa' });
    expect(skipped[0]?.message).toBe(
      'Tệp "tep.csv", dòng 7: biểu mẫu 3, mục 1.1 "Số TTHC đã được phê duyệt phương án đơn giản hóa" = "17" không thuộc các chỉ tiêu theo dõi nên không được nhập (điều này là bình thường).',
    );
  });
});

describe('one commune, two ways of naming it', () => {
  it('takes a row with the code and a row with the name only as one commune, and a contradiction between them as a conflict', () => {
    const p = planOf('Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết;Giải quyết đúng hạn\n90501;Xã Trùng Tên;Quý I/2022;5;\n;Xã Trùng Tên;Quý I/2022;7;4\n');
    expect(p.communes.map((c) => [c.code, c.name])).toEqual([['90501', 'Xã Trùng Tên']]);
    expect(cell(p, 'Xã Trùng Tên', '2022-Q1', 'dossiers_resolved')).toEqual({ value: 5, flags: 0 });
    expect(p.problems.find((x) => x.code === 'conflicting_duplicate')?.message).toMatch(/Tệp "tep\.csv", dòng 3, cột "Số hồ sơ đã giải quyết": Xã Trùng Tên, Quý I\/2022: .* đã có giá trị 5 ở dòng 2, dòng này ghi 7/);
    expect(p.rowsWithErrors).toBe(1);
  });

  it('completes a coded row with a name-only row that agrees', () => {
    const p = planOf('Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết;Giải quyết đúng hạn\n;UBND xã Trùng Tên;Quý I/2022;;4\n90501;Xã Trùng Tên;Quý I/2022;5;\n');
    expect(p.communes).toHaveLength(1);
    expect(cell(p, 'Xã Trùng Tên', '2022-Q1', 'dossiers_resolved_on_time')).toEqual({ value: 4, flags: 0 });
    expect(cell(p, 'Xã Trùng Tên', '2022-Q1', 'dossiers_resolved')).toEqual({ value: 5, flags: 0 });
  });
});
