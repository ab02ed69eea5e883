import type { Bilingual } from '../../ui/i18n';

export { fill } from '../../ui/template';

export const TEXT = {
  listTitle: { vi: 'Xã/phường', en: 'Communes' },
  listCaption: { vi: 'Danh sách xã/phường và các kỳ đã báo cáo ({n} đơn vị)', en: 'Communes and the periods they reported ({n})' },
  filter: { vi: 'Tìm theo tên hoặc mã', en: 'Search by name or code' },
  name: { vi: 'Tên', en: 'Name' },
  code: { vi: 'Mã', en: 'Code' },
  type: { vi: 'Loại', en: 'Type' },
  periods: { vi: 'Các kỳ đã báo cáo', en: 'Periods reported' },
  periodCount: { vi: 'Số kỳ', en: 'Periods' },
  none: { vi: 'chưa báo cáo kỳ nào', en: 'none reported' },
  csvList: { vi: 'danh sách xã/phường', en: 'danh sách xã/phường (communes)' },
  notFound: { vi: 'Không tìm thấy xã/phường có mã "{code}".', en: 'No commune with code "{code}".' },
  back: { vi: 'Về danh sách xã/phường', en: 'Back to the commune list' },
  parent: { vi: 'Trực thuộc', en: 'Reports to' },
  trend: { vi: 'Xu hướng: {indicator}', en: 'Trend: {indicator}' },
  commune: { vi: '{name}', en: '{name}' },
  unit: { vi: '{unit}', en: '{unit}' },
  quarter: { vi: '{name} — theo quý', en: '{name} — by quarter' },
  ytd: { vi: '{name} — lũy kế', en: '{name} — year to date' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  countNote: {
    vi: 'Số liệu đếm của xã không so với tổng toàn đơn vị; xem tỷ lệ để so sánh.',
    en: 'A commune count is not compared with the whole unit’s total; compare rates instead.',
  },
  areaCaption: { vi: '{area}: mọi chỉ tiêu của {name} qua các kỳ', en: '{area}: every indicator of {name} over its periods' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  csvArea: { vi: 'số liệu {area}', en: 'số liệu {area} (figures)' },
  noPeriods: { vi: 'Xã này chưa có kỳ báo cáo nào.', en: 'This commune has no reporting period yet.' },
  derived: { vi: 'suy ra', en: 'derived' },
  noteRef: { vi: 'ghi chú', en: 'note' },
} as const satisfies Record<string, Bilingual>;
