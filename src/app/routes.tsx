import { lazy } from 'react';
import { T, type Bilingual } from '../ui/i18n';

// Paths are a public contract: bookmarks and acceptance tests rely on them.
export const PATHS = {
  overview: '/',
  oneWindow: '/mot-cua',
  online: '/dich-vu-cong',
  staff: '/can-bo',
  plan: '/ke-hoach',
  communes: '/xa',
  commune: '/xa/:code',
  importData: '/nhap-du-lieu',
  targets: '/chi-tieu',
  storedData: '/du-lieu',
} as const;

export interface NavItem {
  readonly path: string;
  readonly label: Bilingual;
  /** Dashboard links carry the chosen period and comparison along. */
  readonly keepsQuery: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: PATHS.overview, label: T.overview, keepsQuery: true },
  { path: PATHS.oneWindow, label: T.oneWindow, keepsQuery: true },
  { path: PATHS.online, label: T.online, keepsQuery: true },
  { path: PATHS.staff, label: T.staff, keepsQuery: true },
  { path: PATHS.plan, label: T.plan, keepsQuery: true },
  { path: PATHS.communes, label: T.communes, keepsQuery: true },
  { path: PATHS.importData, label: T.importData, keepsQuery: false },
  { path: PATHS.targets, label: T.targets, keepsQuery: false },
  { path: PATHS.storedData, label: T.storedData, keepsQuery: false },
];

const DASHBOARD_PREFIXES = [PATHS.oneWindow, PATHS.online, PATHS.staff, PATHS.plan, PATHS.communes];

/** Pages that show stored data, and so show the empty state when there is none. */
export function isDashboardPath(pathname: string): boolean {
  return pathname === PATHS.overview || DASHBOARD_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

// Pages load on demand so the first screen does not wait for the charts.
export const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
export const AreaPage = lazy(() => import('../features/area/AreaPage'));
export const CommunesPage = lazy(() => import('../features/communes/CommunesPage'));
export const CommunePage = lazy(() => import('../features/communes/CommunePage'));
export const ImportPage = lazy(() => import('../features/import/ImportPage'));
export const TargetsPage = lazy(() => import('../features/targets/TargetsPage'));
export const DataPage = lazy(() => import('../features/data/DataPage'));
// What dashboards show while nothing is stored; it brings the sample data and the import pipeline.
export const EmptyState = lazy(() => import('../features/import/EmptyState').then((m) => ({ default: m.EmptyState })));
