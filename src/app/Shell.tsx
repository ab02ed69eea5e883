import { Suspense, useMemo } from 'react';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { availablePeriods } from '../domain/values';
import { useDataset, useSettings } from '../db/hooks';
import { PeriodSelect } from '../ui/PeriodSelect';
import { T, pick, useLang, useLangStore } from '../ui/i18n';
import { PARAM, useSelectedPeriod } from '../ui/url-state';
import { DbHealthBanner } from './DbHealthBanner';
import { FailureBoundary } from './FailureBoundary';
import { UpdatePrompt } from './UpdatePrompt';
import { EmptyState, NAV_ITEMS, isDashboardPath } from './routes';

/** Links keep the period and comparison so moving between pages keeps the view. */
function useCarriedQuery(): string {
  const [params] = useSearchParams();
  const carried = new URLSearchParams();
  for (const name of [PARAM.period, PARAM.comparison]) {
    const value = params.get(name);
    if (value) carried.set(name, value);
  }
  const text = carried.toString();
  return text ? `?${text}` : '';
}

export function Shell() {
  const lang = useLang();
  const setLang = useLangStore((s) => s.setLang);
  const dataset = useDataset();
  const settings = useSettings();
  const location = useLocation();
  const query = useCarriedQuery();
  const options = useMemo(() => (dataset.data ? availablePeriods(dataset.data) : []), [dataset.data]);
  const [period, setPeriod] = useSelectedPeriod(options.map((o) => o.period));
  const isEmpty = dataset.data !== undefined && dataset.data.tables.size === 0;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {lang === 'vi' ? 'Bỏ qua đến nội dung' : 'Skip to content'}
      </a>
      <header className="app-header">
        <div className="app-title">
          <strong className="unit-name">{settings.data?.unitName ?? '…'}</strong>
          <span>{pick(lang, T.appTitle)}</span>
        </div>
        <div className="app-controls">
          <PeriodSelect id="global-period" options={options} value={period} onChange={setPeriod} />
          <label className="lang-switch">
            <span className="visually-hidden">{pick(lang, T.language)}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'vi')}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </header>
      <nav className="app-nav" aria-label={pick(lang, T.mainNav)}>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.path}>
              <NavLink to={`${item.path}${item.keepsQuery ? query : ''}`} end={item.path === '/'}>
                {pick(lang, item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <DbHealthBanner />
      <UpdatePrompt />
      <main id="main" className="app-main" tabIndex={-1}>
        {dataset.isError ? (
          <p role="alert">{String(dataset.error instanceof Error ? dataset.error.message : dataset.error)}</p>
        ) : (
          <FailureBoundary resetKey={location.pathname}>
            <Suspense fallback={<p aria-busy="true">{pick(lang, T.loading)}</p>}>
              {isEmpty && isDashboardPath(location.pathname) ? <EmptyState /> : <Outlet />}
            </Suspense>
          </FailureBoundary>
        )}
      </main>
    </div>
  );
}
