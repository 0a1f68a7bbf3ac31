import DashboardIcon from '@mui/icons-material/Dashboard';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import GridOnIcon from '@mui/icons-material/GridOn';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout, Menu, TitlePortal, useCanAccess, usePermissions, useSidebarState, useTranslate, LocalesMenuButton } from 'react-admin';

function Heading({ label }: { label: string }) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (!open) return <Divider sx={{ my: 1 }} />;
  return <Typography variant="overline" color="text.secondary" sx={{ px: 2, pt: 1.5, display: 'block' }}>{translate(label)}</Typography>;
}

function Item({ resource, to, label, icon, action = 'list' }: { resource: string; to: string; label: string; icon: ReactNode; action?: string }) {
  const { canAccess } = useCanAccess({ resource, action });
  if (!canAccess) return null;
  return <Menu.Item to={to} primaryText={label} leftIcon={icon as any} data-testid={`menu-${resource}`} />;
}

/** The menu follows the role: agency staff get their assignments and reporting, the office the rest. */
function DxMenu() {
  const { permissions } = usePermissions();
  const agency = permissions === 'AGENCY_EDITOR' || permissions === 'AGENCY_VIEWER';
  return (
    <Menu>
      <Item resource="dashboard" to="/" label="dx.menu.dashboard" icon={<DashboardIcon />} />
      <Item resource="myAssignments" to="/my-assignments" label="dx.menu.my_assignments" icon={<AssignmentTurnedInIcon />} />
      {agency && <Item resource="measurements" to="/measurements" label="dx.menu.reporting" icon={<FactCheckIcon />} />}
      {!agency && <Item resource="measurements" action="review" to={`/measurements?filter=${encodeURIComponent(JSON.stringify({ statuses: ['SUBMITTED'] }))}`} label="dx.menu.review" icon={<FactCheckIcon />} />}
      <Heading label="dx.menu.programme" />
      <Menu.ResourceItem name="plans" />
      <Menu.ResourceItem name="instruments" />
      <Menu.ResourceItem name="indicators" />
      <Menu.ResourceItem name="targets" />
      <Menu.ResourceItem name="tasks" />
      <Menu.ResourceItem name="agencies" />
      <Menu.ResourceItem name="assignments" />
      <Item resource="matrix" to="/matrix" label="dx.menu.matrix" icon={<GridOnIcon />} />
      <Menu.ResourceItem name="reportingPeriods" />
      <Item resource="import" to="/import" label="dx.menu.import" icon={<UploadFileIcon />} />
      <Heading label="dx.menu.admin" />
      <Menu.ResourceItem name="users" />
      <Menu.ResourceItem name="apiTokens" />
      <Menu.ResourceItem name="auditEvents" />
    </Menu>
  );
}

function DxAppBar() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  return (
    <AppBar toolbar={<LocalesMenuButton />}>
      <TitlePortal />
      {permissions && (
        <Typography variant="body2" sx={{ mr: 2, opacity: 0.85, display: { xs: 'none', md: 'block' } }} data-testid="role">
          {translate(`dx.enum.Role.${permissions}`)}
        </Typography>
      )}
    </AppBar>
  );
}

export const DxLayout = ({ children }: { children: ReactNode }) => (
  <Layout menu={DxMenu} appBar={DxAppBar}>
    {children}
  </Layout>
);
