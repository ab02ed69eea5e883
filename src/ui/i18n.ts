// Language of the UI: Vietnamese first, English on request. The choice is a
// device preference (not district data), so it lives in localStorage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Lang } from '../domain/format';

interface LangState {
  readonly lang: Lang;
  setLang(lang: Lang): void;
}

export const useLangStore = create<LangState>()(
  persist((set) => ({ lang: 'vi', setLang: (lang) => set({ lang }) }), { name: 'cchc-lang' }),
);

export function useLang(): Lang {
  return useLangStore((s) => s.lang);
}

/** A text in both languages; features keep their own small dictionaries of these. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export function pick(lang: Lang, text: Bilingual): string {
  return text[lang];
}

/** Shared words of the shell and of several pages. */
export const T = {
  appTitle: { vi: 'Theo dõi cải cách hành chính cấp xã', en: 'Commune administrative-reform monitor' },
  overview: { vi: 'Tổng quan', en: 'Overview' },
  oneWindow: { vi: 'Một cửa', en: 'One-window' },
  online: { vi: 'Dịch vụ công trực tuyến', en: 'Online services' },
  staff: { vi: 'Cán bộ công chức', en: 'Staff' },
  plan: { vi: 'Kế hoạch CCHC', en: 'Reform plan' },
  communes: { vi: 'Xã/phường', en: 'Communes' },
  importData: { vi: 'Nhập dữ liệu', en: 'Import' },
  targets: { vi: 'Chỉ tiêu', en: 'Targets' },
  storedData: { vi: 'Dữ liệu đã lưu', en: 'Stored data' },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  reported: { vi: 'báo cáo', en: 'reported' },
  derived: { vi: 'suy ra', en: 'derived' },
  noData: { vi: 'Chưa có dữ liệu', en: 'No data yet' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  mainNav: { vi: 'Điều hướng chính', en: 'Main navigation' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
} as const satisfies Record<string, Bilingual>;
