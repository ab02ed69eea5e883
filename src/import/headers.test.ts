import { describe, expect, it } from 'vitest';
import { BASE_INDICATORS, baseIndicator } from '../domain/catalog';
import type { BaseIndicator } from '../domain/types';
import { closestIndicators, headerMatcher, matchHeader, normaliseHeader } from './headers';
import type { ColumnMatch } from './types';

describe('normaliseHeader', () => {
  it.each([
    ['  Giải quyết   ĐÚNG HẠN ', 'giải quyết đúng hạn'],
    ['Tỷ lệ hài lòng (%)', 'tỷ lệ hài lòng'],
    ['Số hồ sơ tiếp nhận (hồ sơ)', 'số hồ sơ tiếp nhận'],
    ['Số lượng/ Tỷ lệ', 'số lượng/tỷ lệ'],
    ['Gia\u0309i quyê\u0301t', 'giải quyết'],
    ['Mã xã:', 'mã xã'],
  ])('%j → %j', (text, expected) => expect(normaliseHeader(text)).toBe(expected));
});

describe('matchHeader', () => {
  it.each<[string, ColumnMatch]>([
    ['dossiers_resolved_on_time', { kind: 'indicator', code: 'dossiers_resolved_on_time' }],
    ['Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn)', { kind: 'indicator', code: 'dossiers_resolved_on_time' }],
    ['Giải quyết đúng hạn', { kind: 'indicator', code: 'dossiers_resolved_on_time' }],
    ['Số hồ sơ tiếp nhận', { kind: 'indicator', code: 'dossiers_received' }],
    ['Số hồ sơ đã giải quyết', { kind: 'indicator', code: 'dossiers_resolved' }],
    ['Tỷ lệ hài lòng (%)', { kind: 'indicator', code: 'satisfaction_rate' }],
    // the longest, exact phrase wins over a shorter alias it contains
    ['Tiếp nhận trực tuyến', { kind: 'indicator', code: 'dossiers_received_online' }],
    ['Tiếp nhận', { kind: 'indicator', code: 'dossiers_received' }],
    ['Hoàn thành đúng hạn', { kind: 'indicator', code: 'assigned_tasks_on_time' }],
    ['Quá hạn nhưng chưa hoàn thành', { kind: 'indicator', code: 'assigned_tasks_overdue' }],
    ['Quá hạn', { kind: 'indicator', code: 'dossiers_resolved_late' }],
    ['Trung cấp lý luận chính trị', { kind: 'indicator', code: 'pol_intermediate' }],
    ['Trung cấp', { kind: 'indicator', code: 'edu_intermediate' }],
    ['Sau đại học', { kind: 'indicator', code: 'edu_postgraduate' }],
    ['Đại học', { kind: 'indicator', code: 'edu_university' }],
    // NFD input (macOS, some exports)
    ['Giải quyết đúng hạn'.normalize('NFD'), { kind: 'indicator', code: 'dossiers_resolved_on_time' }],
    // Excel stripped the accents: still one candidate
    ['Giai quyet dung han', { kind: 'indicator', code: 'dossiers_resolved_on_time' }],
    // identifier columns (formats.md)
    ['Mã xã', { kind: 'id', role: 'commune_code' }],
    ['mã ĐVHC', { kind: 'id', role: 'commune_code' }],
    ['Tên xã', { kind: 'id', role: 'commune_name' }],
    ['Đơn vị', { kind: 'id', role: 'commune_name' }],
    ['Đơn vị tính', { kind: 'id', role: 'unit' }],
    ['Kỳ báo cáo', { kind: 'id', role: 'period' }],
    ['indicator', { kind: 'id', role: 'indicator' }],
    ['Chỉ tiêu thống kê (sử dụng cho kỳ báo cáo 6 tháng đầu năm 2022)', { kind: 'id', role: 'indicator' }],
    ['Số lượng/ Tỷ lệ', { kind: 'id', role: 'value' }],
    ['giá trị', { kind: 'id', role: 'value' }],
    ['STT', { kind: 'id', role: 'row_number' }],
  ])('%j matches %j', (header, expected) => {
    expect(matchHeader(header)).toEqual({ match: expected, ambiguous: false });
  });

  it('matches every code, label and alias of the catalog to its own indicator', () => {
    for (const ind of BASE_INDICATORS) {
      for (const text of [ind.code, ind.labelVi, ...ind.aliasesVi]) {
        expect(matchHeader(text).match, text).toEqual({ kind: 'indicator', code: ind.code });
      }
    }
  });

  it('treats __proto__ and constructor as unknown headers, not object keys', () => {
    for (const h of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(matchHeader(h).match.kind).toBe('unmatched');
    }
  });

  it('offers up to three close candidates for an unknown header', () => {
    const { match } = matchHeader('Giải quyết đúng hẹn');
    expect(match.kind).toBe('unmatched');
    expect(match.kind === 'unmatched' && match.candidates[0]).toBe('dossiers_resolved_on_time');
    expect(closestIndicators('so ho so tiep nhan truc tuyen').length).toBeLessThanOrEqual(3);
    expect(closestIndicators('zzzzzzzzzzzzzzzzzzzzzzz')).toEqual([]);
  });

  it('lets accents decide between two names that differ only by them, and reports the tie without them', () => {
    const base = baseIndicator('staff_cadres');
    const catalog: BaseIndicator[] = [
      { ...base, code: 'staff_cadres', labelVi: 'Cán bộ', aliasesVi: [] },
      { ...base, code: 'staff_civil_servants', labelVi: 'Cân bộ', aliasesVi: [] },
    ];
    const match = headerMatcher(catalog);
    expect(match('Cán bộ').match).toEqual({ kind: 'indicator', code: 'staff_cadres' });
    expect(match('CÂN BỘ').match).toEqual({ kind: 'indicator', code: 'staff_civil_servants' });
    const tie = match('Can bo');
    expect(tie.ambiguous).toBe(true);
    expect(tie.match).toEqual({ kind: 'unmatched', candidates: ['staff_cadres', 'staff_civil_servants'] });
  });

  it('reports one phrase used as an alias by two indicators as ambiguous', () => {
    const base = baseIndicator('dossiers_resolved_on_time');
    const catalog: BaseIndicator[] = [
      { ...base, code: 'dossiers_resolved_on_time', aliasesVi: ['đúng hạn'] },
      { ...base, code: 'assigned_tasks_on_time', labelVi: 'Nhiệm vụ xong đúng hạn', labelEn: 'x', aliasesVi: ['đúng hạn'] },
    ];
    const found = headerMatcher(catalog)('Đúng hạn');
    expect(found.ambiguous).toBe(true);
  });
});
