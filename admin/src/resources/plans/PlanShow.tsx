import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import GridOnIcon from '@mui/icons-material/GridOn';
import { Link } from 'react-router-dom';
import {
  DataTable, EditButton, Labeled, ReferenceField, ReferenceManyField, Show, TabbedShowLayout, TextField, TopToolbar,
  useCanAccess, useRecordContext, useTranslate, Pagination,
} from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { EnumChip, EnumField, useFormatters } from '../../components/fields';

function Actions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'edit' });
  return (
    <TopToolbar>
      {record && (
        <Button component={Link} to={`/matrix?planId=${record.id}`} startIcon={<GridOnIcon />} size="small" data-testid="open-matrix">
          {translate('dx.matrix.open')}
        </Button>
      )}
      {canAccess && <EditButton />}
    </TopToolbar>
  );
}

function TasksTable() {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  const tasks: any[] = record?.tasks ?? [];
  if (!tasks.length) return <Typography color="text.secondary">{translate('dx.common.no_records')}</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.tasks.fields.code')}</TableCell>
          <TableCell>{translate('resources.tasks.fields.title')}</TableCell>
          <TableCell>{translate('resources.tasks.fields.status')}</TableCell>
          <TableCell>{translate('resources.tasks.fields.dueDate')}</TableCell>
          <TableCell>{translate('dx.tasks.assignments')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tasks.map((t) => (
          <TableRow key={t.id} hover>
            <TableCell>{t.code}</TableCell>
            <TableCell sx={{ pl: t.parentId ? 4 : 2 }}><Link to={`/tasks/${t.id}/show`}>{t.title}</Link></TableCell>
            <TableCell><EnumChip enumName="TaskStatus" value={t.status} />{t.overdue && <Chip size="small" color="error" label={translate('dx.my.overdue')} sx={{ ml: 0.5 }} />}</TableCell>
            <TableCell>{f.date(t.dueDate)}</TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {t.assignments.map((a: any) => (
                  <Chip key={a.id} size="small" variant={a.role === 'LEAD' ? 'filled' : 'outlined'} color={a.role === 'LEAD' ? 'primary' : 'default'} label={`${a.agency.shortName ?? a.agency.nameVi} · ${translate(`dx.enum.AssignmentRole.${a.role}`)}`} />
                ))}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function GroupsTable() {
  const record = useRecordContext();
  const translate = useTranslate();
  const groups: any[] = record?.indicatorGroups ?? [];
  if (!groups.length) return <Typography color="text.secondary">{translate('dx.common.no_records')}</Typography>;
  return (
    <Stack spacing={2}>
      {groups.map((g) => (
        <Box key={g.id}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{g.code}. {g.name}</Typography>
            <Chip size="small" label={translate('dx.plans.declared', { declared: g.declaredCount ?? '—', listed: g.listedCount })} color={g.flags.length ? 'warning' : 'default'} />
          </Stack>
          <ul style={{ margin: 0 }}>
            {g.indicators.map((i: any) => (
              <li key={i.id}><Link to={`/indicators/${i.id}/show`}>{i.code}</Link> — {i.name} ({i.unit})</li>
            ))}
          </ul>
        </Box>
      ))}
    </Stack>
  );
}

function InstrumentsList() {
  const record = useRecordContext();
  const translate = useTranslate();
  const list: any[] = [...(record?.issuedBy ? [record.issuedBy] : []), ...(record?.implements ?? [])];
  if (!list.length) return <Typography color="text.secondary">{translate('dx.common.no_records')}</Typography>;
  return (
    <ul>
      {list.map((i) => (
        <li key={i.id}><Link to={`/instruments/${i.id}/show`}>{i.number ?? '—'}</Link> — {i.title}</li>
      ))}
    </ul>
  );
}

export function PlanShow() {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="dx.common.details">
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Labeled><TextField source="code" /></Labeled>
            <Labeled><EnumField source="kind" enumName="PlanKind" /></Labeled>
            <Labeled><EnumField source="status" enumName="PlanStatus" /></Labeled>
            <Labeled><TextField source="startYear" /></Labeled>
            <Labeled><TextField source="endYear" /></Labeled>
            <Labeled><TextField source="visionYear" emptyText="—" /></Labeled>
            <Labeled>
              <ReferenceField source="ownerAgencyId" reference="agencies" link="show" emptyText="—"><TextField source="nameVi" /></ReferenceField>
            </Labeled>
          </Stack>
          <Labeled><TextField source="title" variant="h6" /></Labeled>
          <Labeled><TextField source="summary" emptyText="—" /></Labeled>
          <Typography variant="h6" sx={{ mt: 2 }}>{translate('dx.plans.instruments')}</Typography>
          <InstrumentsList />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="dx.plans.tasks" path="tasks"><TasksTable /></TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="dx.plans.groups" path="groups"><GroupsTable /></TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="dx.plans.indicators" path="indicators">
          <ReferenceManyField reference="indicators" target="planId" pagination={<Pagination />} perPage={25}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="code" />
              <DataTable.Col source="name" />
              <DataTable.Col source="unit" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="dx.common.history" path="history"><AuditHistory entity="Plan" /></TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
