import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, IconButton, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput, BooleanField, BooleanInput, Create, DataTable, Labeled, ListContextProvider, ReferenceInput, Show, SimpleForm, SimpleShowLayout,
  TextField, TextInput, required, useGetList, useListContext, useTranslate, ReferenceManyField, Pagination,
} from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { DxList, searchFilter } from '../../components/ListKit';
import { EnumArrayInput, EnumChip, EnumField, EnumInput } from '../../components/fields';

const filters = [searchFilter, <EnumArrayInput key="k" source="kinds" enumName="AgencyKind" />, <BooleanInput key="a" source="active" />];

/** One level of the tree; children load when a node opens (the API filters by parentId). */
function TreeLevel({ parentId, depth }: { parentId: string | null; depth: number }) {
  const { data = [] } = useGetList('agencies', {
    filter: parentId ? { parentId } : { rootsOnly: true },
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'nameVi', order: 'ASC' },
  });
  return <>{data.map((a) => <TreeNode key={a.id} agency={a} depth={depth} />)}</>;
}

function TreeNode({ agency, depth }: { agency: any; depth: number }) {
  const [open, setOpen] = useState(depth === 0);
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', pl: depth * 3, py: 0.25, '&:hover': { bgcolor: 'action.hover' } }}>
        <IconButton size="small" onClick={() => setOpen(!open)} aria-label="expand">{open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}</IconButton>
        <Link to={`/agencies/${agency.id}/show`}>{agency.nameVi}</Link>
        <Typography variant="caption" color="text.secondary">{agency.code}</Typography>
        <EnumChip enumName="AgencyKind" value={agency.kind} />
      </Stack>
      {open && <TreeLevel parentId={String(agency.id)} depth={depth + 1} />}
    </Box>
  );
}

function AgencyListBody() {
  const translate = useTranslate();
  const list = useListContext();
  const [mode, setMode] = useState<'tree' | 'list'>('tree');
  const searching = Object.keys(list.filterValues ?? {}).length > 0;
  return (
    <Box>
      <ToggleButtonGroup size="small" exclusive value={searching ? 'list' : mode} onChange={(_e, v) => v && setMode(v)} sx={{ m: 1 }}>
        <ToggleButton value="tree">{translate('dx.agencies.tree')}</ToggleButton>
        <ToggleButton value="list">{translate('dx.agencies.list')}</ToggleButton>
      </ToggleButtonGroup>
      {mode === 'tree' && !searching ? (
        <Box sx={{ p: 1 }} data-testid="agency-tree"><TreeLevel parentId={null} depth={0} /></Box>
      ) : (
        <ListContextProvider value={list}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="nameVi" />
            <DataTable.Col source="shortName" disableSort />
            <DataTable.Col source="kind"><EnumField source="kind" enumName="AgencyKind" /></DataTable.Col>
            <DataTable.Col source="parentId" disableSort><TextField source="parent.nameVi" emptyText="—" /></DataTable.Col>
            <DataTable.Col source="active" disableSort><BooleanField source="active" /></DataTable.Col>
          </DataTable>
          <Pagination />
        </ListContextProvider>
      )}
    </Box>
  );
}

export function AgencyList() {
  return (
    <DxList filters={filters} sort={{ field: 'code', order: 'ASC' }} pagination={false}>
      <AgencyListBody />
    </DxList>
  );
}

function AgencyInputs() {
  return (
    <>
      <TextInput source="code" validate={required()} />
      <TextInput source="nameVi" validate={required()} fullWidth />
      <TextInput source="nameEn" fullWidth />
      <TextInput source="shortName" />
      <EnumInput source="kind" enumName="AgencyKind" validate={required()} />
      <ReferenceInput source="parentId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <BooleanInput source="active" />
    </>
  );
}

export function AgencyShow() {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled><TextField source="code" /></Labeled>
          <Labeled><TextField source="nameVi" /></Labeled>
          <Labeled><TextField source="nameEn" emptyText="—" /></Labeled>
          <Labeled><TextField source="shortName" emptyText="—" /></Labeled>
          <Labeled><EnumField source="kind" enumName="AgencyKind" /></Labeled>
          <Labeled label="resources.agencies.fields.parentId"><TextField source="parent.nameVi" emptyText="—" /></Labeled>
          <Labeled><BooleanField source="active" /></Labeled>
        </Stack>
        <Typography variant="h6">{translate('dx.agencies.children')}</Typography>
        <ReferenceManyField reference="agencies" target="parentId" perPage={50}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="nameVi" />
            <DataTable.Col source="kind"><EnumField source="kind" enumName="AgencyKind" /></DataTable.Col>
          </DataTable>
        </ReferenceManyField>
        <Typography variant="h6">{translate('resources.assignments.name', { smart_count: 2 })}</Typography>
        <ReferenceManyField reference="assignments" target="agencyId" perPage={25} pagination={<Pagination />}>
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="role"><EnumField source="role" enumName="AssignmentRole" /></DataTable.Col>
            <DataTable.Col source="subjectType"><EnumField source="subjectType" enumName="AssignmentSubjectType" /></DataTable.Col>
            <DataTable.Col source="subject" disableSort render={(r: any) => r.subject?.title ?? r.subject?.name ?? r.subject?.indicator?.name ?? '—'} />
            <DataTable.Col source="dueDate" />
          </DataTable>
        </ReferenceManyField>
        <AuditHistory entity="Agency" />
      </SimpleShowLayout>
    </Show>
  );
}

export const agencies = {
  name: 'agencies',
  list: AgencyList,
  show: AgencyShow,
  create: () => <Create redirect="show"><SimpleForm defaultValues={{ active: true, kind: 'DEPARTMENT' }}><AgencyInputs /></SimpleForm></Create>,
  edit: () => <DxEdit><SimpleForm resetOptions={keepTyped}><AgencyInputs /></SimpleForm></DxEdit>,
  icon: AccountTreeIcon,
  recordRepresentation: 'nameVi',
};
