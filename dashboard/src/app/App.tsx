import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Route, Routes } from 'react-router';
import { LANGUAGES } from '../i18n/i18n';
import {
  AwardsComparisonPage,
  CampaignComparisonPage,
  CityPage,
  DrivePage,
  DrivesPage,
  GrassrootsUnionPage,
  OverviewPage,
  PATHS,
  ProgrammesPage,
  TwinningPage,
} from './routes';

function Layout() {
  const { t, i18n } = useTranslation();
  const links = [
    [PATHS.overview, t('nav.overview')],
    [PATHS.comparison, t('nav.comparison')],
    [PATHS.awards, t('nav.awards')],
    [PATHS.drives, t('nav.drives')],
    [PATHS.programmes, t('nav.programmes')],
    [PATHS.twinning, t('nav.twinning')],
  ] as const;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div>
          <p className="app-title">{t('appTitle')}</p>
          <p className="app-subtitle">{t('appSubtitle')}</p>
        </div>
        <label className="language-switch no-print">
          <span>{t('language')}</span>
          <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {language === 'vi' ? 'Tiếng Việt' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>
      <nav className="app-nav no-print" aria-label={t('nav.label')}>
        {links.map(([to, label]) => (
          <NavLink key={to} to={to} end={to === PATHS.overview}>
            {label}
          </NavLink>
        ))}
      </nav>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('notFound')}</h1>;
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path={PATHS.comparison} element={<CampaignComparisonPage />} />
        <Route path={PATHS.awards} element={<AwardsComparisonPage />} />
        <Route path="/thanh-pho/:cityCode" element={<CityPage />} />
        <Route path="/thanh-pho/:cityCode/cong-doan/:unitId" element={<GrassrootsUnionPage />} />
        <Route path={PATHS.drives} element={<DrivesPage />} />
        <Route path="/hoc-bong/:driveId" element={<DrivePage />} />
        <Route path={PATHS.programmes} element={<ProgrammesPage />} />
        <Route path={PATHS.twinning} element={<TwinningPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
