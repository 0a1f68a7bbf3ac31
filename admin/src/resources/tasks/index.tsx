import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Box, Button, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiText, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput, BooleanInput, Create, DataTable, EditButton, Labeled, NumberInput, ReferenceInput, SelectInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, TopToolbar,
  required, useCanAccess, useDataProvider, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { DxList, searchFilter } from '../../components/ListKit';
import { DateValue, EnumArrayInput, EnumChip, EnumField, EnumInput, useEnumChoices } from '../../components/fields';
import { WorkflowButtons } from '../../components/MeasurementActions';
import type { DxDataProvider } from '../../providers/data-provider';

const filters = [
  searchFilter,
  <ReferenceInput key="p" source="planId" reference="plans"><AutocompleteInput optionText="code" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
  <EnumArrayInput key="s" source="statuses" enumName="TaskStatus" />,
  <BooleanInput key="o" source="overdue" />,
  <ReferenceInput key="a" source="agencyId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
];

function Overdue() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.overdue ? <Chip size="small" color="error" label={translate('dx.my.overdue')} /> : null;
}

function TaskInputs() {
  return (
    <>
      <TextInput source="code" validate={required()} />
      <TextInput source="title" validate={required()} fullWidth multiline />
      <ReferenceInput source="planId" reference="plans"><AutocompleteInput optionText={(p) => `${p.code} — ${p.title}`} filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <ReferenceInput source="pillarId" reference="pillars"><SelectInput optionText="nameVi" /></ReferenceInput>
      <ReferenceInput source="instrumentId" reference="instruments"><AutocompleteInput optionText={(i) => `${i.number ?? ''} ${i.title}`} filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <Stack direction="row" spacing={2}>
        <TextInput source="startDate" type="date" slotProps={{ inputLabel: { shrink: true } }} />
        <TextInput source="dueDate" type="date" slotProps={{ inputLabel: { shrink: true } }} />
        <EnumInput source="status" enumName="TaskStatus" />
        <NumberInput source="progress" min={0} max={100} />
      </Stack>
      <TextInput source="description" multiline minRows={2} fullWidth />
      <TextInput source="sourceClause" multiline fullWidth />
    </>
  );
}

/** An accountable agency reports progress on the task (a draft it then submits). */
function ReportProgress() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const dp = useDataProvider<DxDataProvider>();
  const statuses = useEnumChoices('TaskStatus');
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'report' });
  const [progress, setProgress] = useState('');
  const [taskStatus, setTaskStatus] = useState('IN_PROGRESS');
  const [comment, setComment] = useState('');
  const [evidenceUrl, setEvidence] = useState('');
  if (!record || !canAccess || !(identity as any)?.agencyId) return null;
  const save = async () => {
    try {
      const r = await dp.gql<any>(`mutation($input: CreateTaskUpdateInput!) { createTaskUpdate(input: $input) { id version } }`, {
        input: { taskId: String(record.id), agencyId: String((identity as any).agencyId), progress: Number(progress || 0), taskStatus, comment: comment || null, evidenceUrl: evidenceUrl || null },
      });
      await dp.gql(`mutation($id: ID!, $v: Int!) { submitTaskUpdate(id: $id, version: $v) { id } }`, { id: r.createTaskUpdate.id, v: r.createTaskUpdate.version });
      notify('dx.workflow.submitted', { type: 'success' });
      await queryClient.invalidateQueries();
      refresh();
    } catch (e: any) {
      notify(e.message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate('dx.tasks.report')}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 1 }}>
        <MuiText size="small" label={translate('resources.taskUpdates.fields.progress')} value={progress} onChange={(e) => setProgress(e.target.value)} type="number" />
        <MuiText size="small" select label={translate('resources.taskUpdates.fields.taskStatus')} value={taskStatus} onChange={(e) => setTaskStatus(e.target.value)} sx={{ minWidth: 180 }}>
          {statuses.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
        </MuiText>
        <MuiText size="small" label={translate('resources.taskUpdates.fields.evidenceUrl')} value={evidenceUrl} onChange={(e) => setEvidence(e.target.value)} sx={{ minWidth: 260 }} />
      </Stack>
      <MuiText size="small" fullWidth multiline label={translate('resources.taskUpdates.fields.comment')} value={comment} onChange={(e) => setComment(e.target.value)} sx={{ my: 1 }} />
      <Button variant="contained" size="small" onClick={save}>{translate('dx.report.save_submit')}</Button>
    </Box>
  );
}

function Updates() {
  const record = useRecordContext();
  const translate = useTranslate();
  const list: any[] = record?.updates ?? [];
  return (
    <Table size="small">
      <TableHead><TableRow>
        <TableCell>{translate('resources.taskUpdates.fields.submittedAt')}</TableCell>
        <TableCell>{translate('resources.taskUpdates.fields.progress')}</TableCell>
        <TableCell>{translate('resources.taskUpdates.fields.comment')}</TableCell>
        <TableCell>{translate('resources.taskUpdates.fields.status')}</TableCell>
        <TableCell />
      </TableRow></TableHead>
      <TableBody>
        {list.length === 0 && <TableRow><TableCell colSpan={5}>{translate('dx.common.no_records')}</TableCell></TableRow>}
        {list.map((u) => (
          <TableRow key={u.id}>
            <TableCell>{u.submittedAt ? new Date(u.submittedAt).toLocaleString() : '—'}</TableCell>
            <TableCell>{u.progress}% · <EnumChip enumName="TaskStatus" value={u.taskStatus} /></TableCell>
            <TableCell>{u.comment}{u.returnReason && <Typography variant="caption" color="warning.main" sx={{ display: 'block' }}>{u.returnReason}</Typography>}</TableCell>
            <TableCell><EnumChip enumName="ReportStatus" value={u.status} /></TableCell>
            <TableCell><WorkflowButtons kind="TaskUpdate" record={u} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Accountable() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(record?.assignments ?? []).map((a: any) => (
        <Chip key={a.id} size="small" color={a.role === 'LEAD' ? 'primary' : 'default'} label={`${a.agency.shortName ?? a.agency.nameVi} · ${translate(`dx.enum.AssignmentRole.${a.role}`)}`} />
      ))}
    </Stack>
  );
}

export function TaskShow() {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'edit' });
  return (
    <Show actions={<TopToolbar>{canAccess && <EditButton />}</TopToolbar>}>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled><TextField source="code" /></Labeled>
          <Labeled><EnumField source="status" enumName="TaskStatus" /></Labeled>
          <Labeled><TextField source="progress" /></Labeled>
          <Labeled><DateValue source="dueDate" /></Labeled>
          <Labeled><Overdue /></Labeled>
          <Labeled label="resources.tasks.fields.planId"><TextField source="plan.code" emptyText="—" /></Labeled>
          <Labeled label="resources.tasks.fields.instrumentId"><TextField source="instrument.number" emptyText="—" /></Labeled>
        </Stack>
        <TextField source="title" variant="h6" />
        <TextField source="description" emptyText="—" />
        <Labeled label="dx.tasks.assignments"><Accountable /></Labeled>
        <Typography variant="h6">{translate('dx.tasks.updates')}</Typography>
        <Updates />
        <ReportProgress />
        <AuditHistory entity="Task" />
      </SimpleShowLayout>
    </Show>
  );
}

export const tasks = {
  name: 'tasks',
  icon: TaskAltIcon,
  list: () => (
    <DxList filters={filters} sort={{ field: 'dueDate', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="title" />
        <DataTable.Col source="planId" disableSort><TextField source="plan.code" emptyText="—" /></DataTable.Col>
        <DataTable.Col source="status"><EnumField source="status" enumName="TaskStatus" /></DataTable.Col>
        <DataTable.Col source="progress" disableSort />
        <DataTable.Col source="dueDate"><DateValue source="dueDate" /></DataTable.Col>
        <DataTable.Col source="overdue" disableSort><Overdue /></DataTable.Col>
      </DataTable>
    </DxList>
  ),
  show: TaskShow,
  create: () => <Create redirect="show"><SimpleForm defaultValues={{ status: 'NOT_STARTED', progress: 0 }}><TaskInputs /></SimpleForm></Create>,
  edit: () => <DxEdit><SimpleForm resetOptions={keepTyped}><TaskInputs /></SimpleForm></DxEdit>,
  recordRepresentation: 'code',
};

export { Link };
