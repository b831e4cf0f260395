import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { ApiClientLoader } from './modules/api/utils/client-loader';
import { RequireAuth } from './modules/auth/components/RequireAuth';
import { LoginPage } from './pages/LoginPage';
import { ChunkErrorBoundary } from './modules/ui/components/ChunkErrorBoundary';
import { PageSkeleton } from './modules/ui/components/PageSkeleton';
import { afterFirstPaint } from './modules/ui/utils/first-paint';
import { lazyPage } from './modules/ui/utils/lazy-page';

// Every page is its own chunk: /login loads only the login page, and Recharts, the forms and the
// playground come with the routes that use them.
const AccountsPage = lazyPage(() => import('./pages/AccountsPage'), 'AccountsPage');
const ActingOfficialsPage = lazyPage(
  () => import('./pages/ActingOfficialsPage'),
  'ActingOfficialsPage',
);
const AnalyticsPage = lazyPage(() => import('./pages/AnalyticsPage'), 'AnalyticsPage');
const AppShell = lazyPage(() => import('./modules/layout/components/AppShell'), 'AppShell');
const AuditLogPage = lazyPage(() => import('./pages/AuditLogPage'), 'AuditLogPage');
const CalibrationPage = lazyPage(() => import('./pages/CalibrationPage'), 'CalibrationPage');
const CascadePage = lazyPage(() => import('./pages/CascadePage'), 'CascadePage');
const ChangePasswordPage = lazyPage(
  () => import('./pages/ChangePasswordPage'),
  'ChangePasswordPage',
);
const CyclesAdminPage = lazyPage(() => import('./pages/CyclesAdminPage'), 'CyclesAdminPage');
const DevelopmentOverviewPage = lazyPage(
  () => import('./pages/DevelopmentOverviewPage'),
  'DevelopmentOverviewPage',
);
const EmployeeCreatePage = lazyPage(() => import('./pages/EmployeeEditPage'), 'EmployeeCreatePage');
const EmployeeDirectoryPage = lazyPage(
  () => import('./pages/EmployeeDirectoryPage'),
  'EmployeeDirectoryPage',
);
const EmployeeEditPage = lazyPage(() => import('./pages/EmployeeEditPage'), 'EmployeeEditPage');
const EmployeeProfilePage = lazyPage(
  () => import('./pages/EmployeeProfilePage'),
  'EmployeeProfilePage',
);
const EvaluationFormPage = lazyPage(
  () => import('./pages/EvaluationFormPage'),
  'EvaluationFormPage',
);
const EvaluationTeamPage = lazyPage(
  () => import('./pages/EvaluationTeamPage'),
  'EvaluationTeamPage',
);
const FeedbackPage = lazyPage(() => import('./pages/FeedbackPage'), 'FeedbackPage');
const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const KecamatanSummaryPage = lazyPage(
  () => import('./pages/KecamatanSummaryPage'),
  'KecamatanSummaryPage',
);
const MyDevelopmentPage = lazyPage(() => import('./pages/MyDevelopmentPage'), 'MyDevelopmentPage');
const MyEvaluationsPage = lazyPage(() => import('./pages/MyEvaluationsPage'), 'MyEvaluationsPage');
const MyPerformancePage = lazyPage(() => import('./pages/MyPerformancePage'), 'MyPerformancePage');
const MySkpPage = lazyPage(() => import('./pages/MySkpPage'), 'MySkpPage');
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const ObjectionDetailPage = lazyPage(() => import('./pages/ObjectionsPage'), 'ObjectionDetailPage');
const ObjectionsPage = lazyPage(() => import('./pages/ObjectionsPage'), 'ObjectionsPage');
const OrgStructurePage = lazyPage(() => import('./pages/OrgStructurePage'), 'OrgStructurePage');
const PerformanceReportPage = lazyPage(
  () => import('./pages/PerformanceReportPage'),
  'PerformanceReportPage',
);
const PlanApprovalPage = lazyPage(() => import('./pages/PlanApprovalPage'), 'PlanApprovalPage');
const PlanReviewPage = lazyPage(() => import('./pages/PlanReviewPage'), 'PlanReviewPage');
const RosterImportPage = lazyPage(() => import('./pages/RosterImportPage'), 'RosterImportPage');
const TeamDashboardPage = lazyPage(() => import('./pages/TeamDashboardPage'), 'TeamDashboardPage');
const TeamMemberPage = lazyPage(() => import('./pages/TeamMemberPage'), 'TeamMemberPage');
const TeamDevelopmentPage = lazyPage(
  () => import('./pages/TeamDevelopmentPage'),
  'TeamDevelopmentPage',
);
const TrainingCataloguePage = lazyPage(
  () => import('./pages/TrainingCataloguePage'),
  'TrainingCataloguePage',
);
// GraphiQL and Monaco: the one page with a default export.
const AnalyticsPlaygroundPage = lazy(() => import('./pages/AnalyticsPlaygroundPage'));

/**
 * A first load with someone signed in: Apollo, the shell and Beranda come in one chunk
 * (vite.config.ts), fetched as soon as the loader is on screen and in place before the session
 * answers, so that the shell and Beranda show in one go rather than one lazy boundary after
 * another. A failure here is left to the boundaries, which try again when they render.
 */
export async function preloadSignedIn(pathname: string, apiClient: ApiClientLoader) {
  await afterFirstPaint();
  const leaveToTheBoundary = () => undefined;
  apiClient.load().catch(leaveToTheBoundary);
  AppShell.preload().catch(leaveToTheBoundary);
  if (pathname === '/') {
    HomePage.preload().catch(leaveToTheBoundary);
    // Both in the signed-in chunk: Beranda's data is asked for with the session, not after it.
    Promise.all([apiClient.load(), import('./pages/HomePage')])
      .then(([client, page]) => page.preloadLanding(client))
      .catch(leaveToTheBoundary);
  }
}

export function App() {
  return (
    // Shown while the shell's or a page's chunk loads (or, when it cannot, a way to reload).
    <ChunkErrorBoundary>
      <Suspense fallback={<PageSkeleton />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            path="/ganti-kata-sandi"
            element={
              <RequireAuth>
                <ChangePasswordPage />
              </RequireAuth>
            }
          />
          <Route
            element={
              <RequireAuth>
                <AppShell />
              </RequireAuth>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="pegawai" element={<EmployeeDirectoryPage />} />
            <Route path="pegawai/impor" element={<RosterImportPage />} />
            <Route path="pegawai/baru" element={<EmployeeCreatePage />} />
            <Route path="pegawai/:id" element={<EmployeeProfilePage />} />
            <Route path="pegawai/:id/ubah" element={<EmployeeEditPage />} />
            <Route path="akun" element={<AccountsPage />} />
            <Route path="unit-kerja" element={<OrgStructurePage />} />
            <Route path="plt-plh" element={<ActingOfficialsPage />} />
            <Route path="skp" element={<MySkpPage />} />
            <Route path="laporan" element={<PerformanceReportPage />} />
            <Route path="persetujuan" element={<PlanApprovalPage />} />
            <Route path="persetujuan/:id" element={<PlanReviewPage />} />
            <Route path="kaskade" element={<CascadePage />} />
            <Route path="penilaian" element={<EvaluationTeamPage />} />
            <Route path="penilaian/:planId/:period" element={<EvaluationFormPage />} />
            <Route path="penilaian-saya" element={<MyEvaluationsPage />} />
            <Route path="umpan-balik" element={<FeedbackPage />} />
            <Route path="kalibrasi" element={<CalibrationPage />} />
            <Route path="keberatan" element={<ObjectionsPage />} />
            <Route path="keberatan/:id" element={<ObjectionDetailPage />} />
            <Route path="kinerja-saya" element={<MyPerformancePage />} />
            <Route path="tim" element={<TeamDashboardPage />} />
            <Route path="tim/:employeeId" element={<TeamMemberPage />} />
            <Route path="pengembangan-saya" element={<MyDevelopmentPage />} />
            <Route path="tim/pengembangan" element={<TeamDevelopmentPage />} />
            <Route path="tim/pengembangan/:employeeId" element={<TeamDevelopmentPage />} />
            <Route path="katalog-pelatihan" element={<TrainingCataloguePage />} />
            <Route path="pengembangan" element={<DevelopmentOverviewPage />} />
            <Route path="ringkasan" element={<KecamatanSummaryPage />} />
            <Route path="siklus" element={<CyclesAdminPage />} />
            <Route path="jejak-audit" element={<AuditLogPage />} />
            <Route path="analisis" element={<AnalyticsPage />} />
            <Route
              path="analisis/playground"
              element={
                <Suspense fallback={<PageSkeleton cards={1} testId="playground-loading" />}>
                  <AnalyticsPlaygroundPage />
                </Suspense>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </ChunkErrorBoundary>
  );
}
