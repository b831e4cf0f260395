import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './modules/auth/components/RequireAuth';
import { AppShell } from './modules/layout/components/AppShell';
import { EmployeeDirectoryPage } from './pages/EmployeeDirectoryPage';
import { EmployeeProfilePage } from './pages/EmployeeProfilePage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="pegawai" element={<EmployeeDirectoryPage />} />
        <Route path="pegawai/:id" element={<EmployeeProfilePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
