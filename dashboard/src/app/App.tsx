import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Route, Routes } from 'react-router';
import { SessionControls } from '../auth/SessionControls';
import { SessionExpiredDialog } from '../auth/SessionExpiredDialog';
import { SignInCallbackPage } from '../auth/SignInCallbackPage';
import { SIGN_IN_CALLBACK_PATH } from '../auth/session-store';
import { LANGUAGES } from '../i18n/i18n';
import { WorkspaceNav } from '../workspace/WorkspaceNav';
import { WORKSPACE_PATHS } from '../workspace/workspace-menu';
import {
  AdminWorkspacePage,
  CityWorkspacePage,
  DriveWorkPage,
  DriveWorkspacePage,
  ImportPage,
  ProgrammeWorkspacePage,
  TwinningWorkspacePage,
  WorkspaceHome,
} from '../workspace/workspace-routes';
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
        <div className="header-tools no-print">
          <SessionControls />
          <label className="language-switch">
            <span>{t('language')}</span>
            <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {language === 'vi' ? 'Tiếng Việt' : 'English'}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <nav className="app-nav no-print" aria-label={t('nav.label')}>
        {links.map(([to, label]) => (
          <NavLink key={to} to={to} end={to === PATHS.overview}>
            {label}
          </NavLink>
        ))}
      </nav>
      <WorkspaceNav />
      <SessionExpiredDialog />
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
        <Route path={SIGN_IN_CALLBACK_PATH} element={<SignInCallbackPage />} />
        <Route path={WORKSPACE_PATHS.home} element={<WorkspaceHome />} />
        <Route path={WORKSPACE_PATHS.city} element={<CityWorkspacePage />} />
        <Route path={WORKSPACE_PATHS.import} element={<ImportPage />} />
        <Route path={WORKSPACE_PATHS.drives} element={<DriveWorkspacePage />} />
        <Route path="/cong-viec/hoc-bong/:driveId" element={<DriveWorkPage />} />
        <Route path={WORKSPACE_PATHS.programmes} element={<ProgrammeWorkspacePage />} />
        <Route path={WORKSPACE_PATHS.twinning} element={<TwinningWorkspacePage />} />
        <Route path={WORKSPACE_PATHS.admin} element={<AdminWorkspacePage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
