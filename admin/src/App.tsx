import { Admin, CustomRoutes, Resource, defaultTheme, usePermissions } from 'react-admin';
import { Navigate, Route } from 'react-router-dom';
import { deepmerge } from '@mui/utils';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';
import { isOffice } from './providers/access';
import { DxLayout } from './Layout';
import { Dashboard } from './dashboard/Dashboard';
import { Matrix } from './pages/Matrix';
import { MyAssignments } from './pages/MyAssignments';
import { ReportValue } from './pages/ReportValue';
import { ImportPage } from './pages/Import';
import { agencies } from './resources/agencies';
import { instruments } from './resources/instruments';
import { plans } from './resources/plans';
import { indicators } from './resources/indicators';
import { targets } from './resources/targets';
import { measurements } from './resources/measurements';
import { tasks } from './resources/tasks';
import { assignments } from './resources/assignments';
import { reportingPeriods } from './resources/reporting-periods';
import { users } from './resources/users';
import { apiTokens } from './resources/api-tokens';
import { auditEvents } from './resources/audit-events';

const theme = deepmerge(defaultTheme, {
  palette: { primary: { main: '#0b4f8a' }, secondary: { main: '#0b4f8a' } },
  typography: { fontFamily: '"Roboto", "Segoe UI", "Noto Sans", Arial, sans-serif' },
});

/** Agency staff land on their assignments; the office on the dashboard. */
function Home() {
  const { permissions, isPending } = usePermissions();
  if (isPending) return null;
  return isOffice(permissions) ? <Dashboard /> : <Navigate to="/my-assignments" replace />;
}

export function App() {
  return (
    <Admin
      title="DX Tracker"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Home}
      layout={DxLayout}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <Resource {...plans} />
      <Resource {...indicators} />
      <Resource {...targets} />
      <Resource {...measurements} />
      <Resource {...tasks} />
      <Resource {...instruments} />
      <Resource {...agencies} />
      <Resource {...assignments} />
      <Resource {...reportingPeriods} />
      <Resource {...users} />
      <Resource {...apiTokens} />
      <Resource {...auditEvents} />
      <Resource name="pillars" recordRepresentation="nameVi" />
      <Resource name="taskUpdates" />
      <CustomRoutes>
        <Route path="/matrix" element={<Matrix />} />
        <Route path="/my-assignments" element={<MyAssignments />} />
        <Route path="/report/:indicatorId" element={<ReportValue />} />
        <Route path="/import" element={<ImportPage />} />
      </CustomRoutes>
    </Admin>
  );
}
