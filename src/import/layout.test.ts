import { describe, expect, it } from 'vitest';
import { cleanStt, detectLayout, extractCommuneName, extractPeriod, sectionOf, templateIndicator } from './layout';

describe('detectLayout', () => {
  it.each<[string, string[][], string | null, number]>([
    ['long: indicator and value columns', [['commune_code', 'commune_name', 'period', 'indicator', 'value']], 'long', 0],
    ['wide: indicator columns beside commune and period', [['Mã xã', 'Tên xã', 'Kỳ báo cáo', 'Số hồ sơ tiếp nhận', 'Giải quyết đúng hạn']], 'wide', 0],
    ['wide after title lines', [['BÁO CÁO CCHC QUÝ I/2022'], [''], ['Tên xã', 'Kỳ', 'Tiếp nhận', 'Đã giải quyết']], 'wide', 2],
    ['form: STT and Chỉ tiêu, no commune column', [['6 THÁNG ĐẦU NĂM 2022 TRÊN ĐỊA BÀN XÃ BÌNH LÃNG'], ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú']], 'form', 1],
    ['long even with an STT column when communes are named', [['STT', 'Tên xã', 'Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị']], 'long', 0],
    ['nothing recognisable', [['foo', 'bar'], ['1', '2']], null, -1],
  ])('%s', (_name, rows, layout, headerRow) => {
    const d = detectLayout(rows);
    expect(d.layout).toBe(layout);
    expect(d.headerRow).toBe(headerRow);
  });

  it('finds the value column of a form on the sub-header row (seed 001)', () => {
    const d = detectLayout([
      ['STT', 'Chỉ tiêu thống kê (sử dụng cho kỳ báo cáo 6 tháng đầu năm 2022)', 'Kết quả thống kê', '', 'Ghi chú'],
      ['', '', 'Đơn vị tính', 'Số lượng/ Tỷ lệ', ''],
    ]);
    expect(d.form).toEqual({ stt: 0, label: 1, unit: 2, value: 3 });
  });

  it('lists the columns of an unrecognised file with candidates, so none is silently dropped', () => {
    const d = detectLayout([['Giải quyết đúng hẹn', 'xyz']]);
    expect(d.layout).toBeNull();
    expect(d.columns.map((c) => c.header)).toEqual(['Giải quyết đúng hẹn', 'xyz']);
    expect(d.columns[0]?.match).toMatchObject({ kind: 'unmatched' });
    expect(d.columns[0]?.match.kind === 'unmatched' && d.columns[0].match.candidates).toContain('dossiers_resolved_on_time');
  });
});

describe('form rows', () => {
  it.each([
    ['3.3.1.', '3.3.1'],
    ['<b>1.</b>', '1'],
    ['1.4', '1.4'],
    ['', null],
    ['Biểu mẫu 3', null],
  ])('STT %j → %j', (text, expected) => expect(cleanStt(text)).toBe(expected));

  it.each([
    ['Biểu mẫu 3', 3],
    ['**Biểu mẫu 7**', 7],
    ['BIỂU MẪU 1', 1],
    ['Biểu mẫu thống kê', null],
  ])('section of %j → %j', (text, expected) => expect(sectionOf(text)).toBe(expected));

  it.each([
    [3, '3.3.1', 'dossiers_resolved'],
    [3, '3.3.2', 'dossiers_resolved_on_time'],
    [7, '6.7.1', 'dossiers_received'],
    [7, '6.7.2', 'dossiers_received_online'],
    [1, '2', 'plan_completion_reported'],
    [4, '2.2', 'staff_total'],
    [3, '3.1.1', null],
  ])('Biểu mẫu %d row %s → %s (template_ref of indicators.csv)', (section, stt, code) => {
    expect(templateIndicator(section, stt)).toBe(code);
  });
});

describe('commune and period named in a title or a file name', () => {
  it.each([
    [['6 THÁNG ĐẦU NĂM 2022 TRÊN ĐỊA BÀN XÃ BÌNH LÃNG'], '2022-H1'],
    [['(Kèm theo Báo cáo số: ...../BC - UBND ngày 09 tháng 6 năm 2022', '6 THÁNG ĐẦU NĂM 2022 TRÊN ĐỊA BÀN XÃ BÌNH LÃNG'], '2022-H1'],
    [['ngày 09 tháng 6 năm 2022'], null],
    [['Báo cáo Quý I năm 2022'], '2022-Q1'],
    [['bao-cao_Q3-2023'], '2023-Q3'],
    [['BM xa Binh Lang 9T 2021'], '2021-9M'],
    [['Báo cáo năm 2023'], '2023-Y'],
  ])('period of %j → %j', (texts, expected) => expect(extractPeriod(texts)).toBe(expected));

  it.each([
    [['6 THÁNG ĐẦU NĂM 2022 TRÊN ĐỊA BÀN XÃ BÌNH LÃNG'], 'Xã Bình Lãng'],
    [['của UBND xã Bình Lãng)'], 'Xã Bình Lãng'],
    [['Phường Cổ Thành'], 'Phường Cổ Thành'],
    [['bao-cao_xa-binh-lang_6T-2022'], 'Xã Binh Lang'],
    [['phát triển kinh tế, xã hội'], null],
  ])('commune of %j → %j', (texts, expected) => expect(extractCommuneName(texts)).toBe(expected));
});
