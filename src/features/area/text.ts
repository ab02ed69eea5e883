export { fill } from '../../ui/template';
import type { Bilingual } from '../../ui/i18n';
import type { Area } from '../../domain/types';

export const AREA_TITLE: Readonly<Record<Area, Bilingual>> = {
  one_window: { vi: 'Một cửa', en: 'One-window' },
  online: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  staff: { vi: 'Cán bộ, công chức', en: 'Staff' },
  plan: { vi: 'Kế hoạch CCHC', en: 'Reform plan' },
};

export const TEXT = {
  leagueCaption: { vi: 'Bảng xếp hạng các xã: {indicator}, {period}', en: 'Commune league table: {indicator}, {period}' },
  ranking: { vi: 'Xếp hạng: {indicator}, {period}', en: 'Ranking: {indicator}, {period}' },
  rankingNote: {
    vi: 'Hiển thị {top} xã đứng đầu và {top} xã cuối trong {n} xã có số liệu; bảng bên trên có đầy đủ.',
    en: 'Showing the top {top} and bottom {top} of {n} communes with data; the table above has them all.',
  },
  trend: { vi: 'Xu hướng toàn đơn vị: {indicator}', en: 'Trend for the whole unit: {indicator}' },
  trendQuarter: { vi: '{unit} — theo quý', en: '{unit} — by quarter' },
  trendYtd: { vi: '{unit} — lũy kế từ đầu năm', en: '{unit} — year to date' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  district: { vi: 'Toàn đơn vị', en: 'Whole unit' },
  districtFigure: { vi: 'Toàn đơn vị ({period})', en: 'Whole unit ({period})' },
  education: { vi: 'Trình độ chuyên môn của cán bộ, công chức ({period})', en: 'Professional qualifications of staff ({period})' },
  politics: { vi: 'Trình độ lý luận chính trị ({period})', en: 'Political theory levels ({period})' },
  planDone: { vi: 'Thực hiện Kế hoạch CCHC ({period})', en: 'Reform plan tasks ({period})' },
  assigned: { vi: 'Nhiệm vụ cấp trên giao: đúng hạn, trễ hạn, quá hạn ({period})', en: 'Tasks assigned from above: on time, late, overdue ({period})' },
  remaining: { vi: 'Chưa hoàn thành', en: 'Not done' },
  stackNote: {
    vi: 'Tỷ trọng trong tổng của mỗi cột. Hiển thị {shown}/{n} xã có số liệu (theo tên); cột đầu là toàn đơn vị.',
    en: 'Shares of each bar’s total. Showing {shown} of {n} communes with data (by name); the first bar is the whole unit.',
  },
  stackNoteAll: {
    vi: 'Tỷ trọng trong tổng của mỗi cột; cột đầu là toàn đơn vị.',
    en: 'Shares of each bar’s total; the first bar is the whole unit.',
  },
  noStackData: { vi: 'Chưa có xã nào báo cáo các số liệu này trong kỳ.', en: 'No commune reported these figures this period.' },
  method: {
    vi: 'Tính bằng tổng tử số chia tổng mẫu số của các xã có đủ số liệu, không lấy trung bình các tỷ lệ.',
    en: 'Computed as the sum of numerators over the sum of denominators of communes with every part, not a mean of rates.',
  },
  plainMean: { vi: 'Trung bình cộng (không có trọng số cho mọi xã).', en: 'Plain mean (no weight for every commune).' },
  noPeriod: { vi: 'Chưa có kỳ báo cáo nào.', en: 'No reporting period yet.' },
} as const satisfies Record<string, Bilingual>;

