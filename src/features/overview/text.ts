export { fill } from '../../ui/template';
import type { Bilingual } from '../../ui/i18n';

export const TEXT = {
  title: { vi: 'Tổng quan', en: 'Overview' },
  print: { vi: 'In (A4 ngang)', en: 'In (A4 ngang) — print, A4 landscape' },
  headlines: { vi: 'Chỉ số chính', en: 'Headline figures' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  change: { vi: 'So với {period}', en: 'Against {period}' },
  noPrevious: { vi: 'Không có số liệu {period} để so sánh.', en: 'No data for {period} to compare with.' },
  noComparison: { vi: 'Không có kỳ để so sánh.', en: 'No period to compare with.' },
  behind: { vi: '{n} xã chưa đạt chỉ tiêu', en: '{n} communes behind target' },
  near: { vi: '{n} xã gần đạt', en: '{n} near' },
  noneBehind: { vi: 'Không có xã nào chưa đạt', en: 'No commune behind target' },
  seeTable: { vi: 'Xem bảng xếp hạng', en: 'See the league table' },
  completeness: { vi: 'Tình hình báo cáo', en: 'Reporting completeness' },
  noTarget: { vi: 'chưa đặt chỉ tiêu', en: 'no target set' },
  why: { vi: 'Lý do: {note}', en: 'Reason: {note}' },
  noPeriod: { vi: 'Chưa có kỳ báo cáo nào.', en: 'No reporting period yet.' },
  derivedPeriod: {
    vi: '{period} được suy ra từ số lũy kế: {from}.',
    en: '{period} is derived from year-to-date reports: {from}.',
  },
} as const satisfies Record<string, Bilingual>;

