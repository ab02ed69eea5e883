// Dashboard paths by area (the public route contract of src/app/routes.tsx),
// here so features can link to each other's pages without importing them.
import type { Area } from '../domain/types';
import { PARAM } from './url-state';

export const AREA_PATH: Readonly<Record<Area, string>> = {
  one_window: '/mot-cua',
  online: '/dich-vu-cong',
  staff: '/can-bo',
  plan: '/ke-hoach',
};

/** A link with view-state parameters, e.g. /mot-cua?ky=2023-Q3&chi-tieu=on_time_rate&sap-xep=trang-thai. */
export function viewLink(path: string, params: Partial<Record<keyof typeof PARAM, string | null>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params) as [keyof typeof PARAM, string | null | undefined][]) {
    if (value) query.set(PARAM[name], value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
