import { ActingOfficialsPage } from './pages/ActingOfficialsPage';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './modules/auth/components/RequireAuth';
import { AppShell } from './modules/layout/components/AppShell';
import { CalibrationPage } from './pages/CalibrationPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { AccountsPage } from './pages/AccountsPage';
import { EmployeeCreatePage, EmployeeEditPage } from './pages/EmployeeEditPage';
import { CascadePage } from './pages/CascadePage';
import { DevelopmentOverviewPage } from './pages/DevelopmentOverviewPage';
import { EmployeeDirectoryPage } from './pages/EmployeeDirectoryPage';
import { EmployeeProfilePage } from './pages/EmployeeProfilePage';
import { EvaluationFormPage } from './pages/EvaluationFormPage';
import { EvaluationTeamPage } from './pages/EvaluationTeamPage';
import { FeedbackPage } from './pages/FeedbackPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MyDevelopmentPage } from './pages/MyDevelopmentPage';
import { MyEvaluationsPage } from './pages/MyEvaluationsPage';
import { MyPerformancePage } from './pages/MyPerformancePage';
import { MySkpPage } from './pages/MySkpPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrgStructurePage } from './pages/OrgStructurePage';
import { ObjectionDetailPage, ObjectionsPage } from './pages/ObjectionsPage';
import { PerformanceReportPage } from './pages/PerformanceReportPage';
import { PlanApprovalPage } from './pages/PlanApprovalPage';
import { PlanReviewPage } from './pages/PlanReviewPage';
import { RosterImportPage } from './pages/RosterImportPage';
import { AnalyticsPage } from './pages/AnalyticsPage';
import { KecamatanSummaryPage } from './pages/KecamatanSummaryPage';
import { CyclesAdminPage } from './pages/CyclesAdminPage';
import { AuditLogPage } from './pages/AuditLogPage';
import { PageSkeleton } from './modules/ui/components/PageSkeleton';
import { TeamDashboardPage } from './pages/TeamDashboardPage';
import { TeamMemberPage } from './pages/TeamMemberPage';
import { TeamDevelopmentPage } from './pages/TeamDevelopmentPage';
import { TrainingCataloguePage } from './pages/TrainingCataloguePage';

// GraphiQL and Monaco stay out of the main bundle.
const AnalyticsPlaygroundPage = lazy(() => import('./pages/AnalyticsPlaygroundPage'));

export function App() {
  return (
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
  );
}
