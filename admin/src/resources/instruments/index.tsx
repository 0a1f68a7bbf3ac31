import GavelIcon from '@mui/icons-material/Gavel';
import { Box, Button, MenuItem, Stack, TextField as MuiText, Typography, Link as MuiLink } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput, Create, DataTable, EditButton, Labeled, NumberInput, ReferenceInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, TopToolbar,
  required, useCanAccess, useDataProvider, useGetList, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { DxEdit, keepTyped } from '../../components/DxEdit';
import { DxList, searchFilter } from '../../components/ListKit';
import { EnumArrayInput, EnumChip, EnumField, EnumInput, useEnumChoices, useFormatters } from '../../components/fields';
import type { DxDataProvider } from '../../providers/data-provider';

const filters = [searchFilter, <EnumArrayInput key="k" source="kinds" enumName="InstrumentKind" />, <EnumArrayInput key="s" source="statuses" enumName="InstrumentStatus" />];

export function InstrumentList() {
  return (
    <DxList filters={filters} sort={{ field: 'issuedYear', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" />
        <DataTable.Col source="kind" disableSort><EnumField source="kind" enumName="InstrumentKind" /></DataTable.Col>
        <DataTable.Col source="title" />
        <DataTable.Col source="issuerId" disableSort><TextField source="issuer.nameVi" emptyText="—" /></DataTable.Col>
        <DataTable.Col source="issuedYear" />
        <DataTable.Col source="status" disableSort><EnumField source="status" enumName="InstrumentStatus" /></DataTable.Col>
      </DataTable>
    </DxList>
  );
}

function Links() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dp = useDataProvider<DxDataProvider>();
  const kinds = useEnumChoices('InstrumentLinkKind');
  const { canAccess } = useCanAccess({ resource: 'instruments', action: 'edit' });
  const { data: others = [] } = useGetList('instruments', { pagination: { page: 1, perPage: 200 }, sort: { field: 'issuedYear', order: 'DESC' } });
  const [kind, setKind] = useState('IMPLEMENTS');
  const [to, setTo] = useState('');
  if (!record) return null;
  const add = async () => {
    try {
      await dp.gql(`mutation($input: CreateInstrumentLinkInput!) { createInstrumentLink(input: $input) { id } }`, { input: { fromInstrumentId: String(record.id), toInstrumentId: to, kind } });
      await queryClient.invalidateQueries();
      refresh();
    } catch (e: any) {
      notify(e.message, { type: 'error' });
    }
  };
  const row = (l: any, other: any, dir: 'to' | 'from') => (
    <li key={`${dir}-${l.id}`}>
      <EnumChip enumName="InstrumentLinkKind" value={l.kind} /> {dir === 'from' ? '← ' : '→ '}
      <Link to={`/instruments/${other.id}/show`}>{other.number ?? '—'}</Link> {other.title}
    </li>
  );
  return (
    <Box>
      <Typography variant="h6">{translate('dx.instruments.links')}</Typography>
      <ul>{(record.links ?? []).map((l: any) => row(l, l.to, 'to'))}</ul>
      <Typography variant="subtitle2">{translate('dx.instruments.linked_from')}</Typography>
      <ul>{(record.linkedFrom ?? []).map((l: any) => row(l, l.from, 'from'))}</ul>
      {canAccess && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <MuiText select size="small" value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 180 }}>
            {kinds.map((k) => <MenuItem key={k.id} value={k.id}>{k.name}</MenuItem>)}
          </MuiText>
          <MuiText select size="small" value={to} onChange={(e) => setTo(e.target.value)} sx={{ minWidth: 320 }} label={translate('resources.instruments.name', { smart_count: 1 })}>
            {others.filter((o) => o.id !== record.id).map((o) => <MenuItem key={o.id} value={String(o.id)}>{o.number ?? '—'} {o.title.slice(0, 60)}</MenuItem>)}
          </MuiText>
          <Button size="small" variant="outlined" disabled={!to} onClick={add}>{translate('dx.instruments.add_link')}</Button>
        </Stack>
      )}
    </Box>
  );
}

function Related() {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  if (!record) return null;
  const plans = [...(record.issuedPlans ?? []), ...(record.implementingPlans ?? [])];
  return (
    <Box>
      <Typography variant="h6">{translate('dx.instruments.plans')}</Typography>
      <ul>{plans.map((p: any) => <li key={p.id}><Link to={`/plans/${p.id}/show`}>{p.code}</Link> — {p.title}</li>)}</ul>
      <Typography variant="h6">{translate('dx.instruments.tasks')}</Typography>
      <ul>{(record.tasks ?? []).map((t: any) => <li key={t.id}><Link to={`/tasks/${t.id}/show`}>{t.code}</Link> — {t.title} <EnumChip enumName="TaskStatus" value={t.status} /></li>)}</ul>
      {record.issuedOn && <Typography variant="body2">{translate('resources.instruments.fields.issuedOn')}: {f.date(record.issuedOn)}</Typography>}
    </Box>
  );
}

function InstrumentInputs() {
  return (
    <>
      <TextInput source="number" />
      <EnumInput source="kind" enumName="InstrumentKind" validate={required()} />
      <TextInput source="title" validate={required()} fullWidth multiline />
      <ReferenceInput source="issuerId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
      <TextInput source="issuedOn" type="date" slotProps={{ inputLabel: { shrink: true } }} />
      <NumberInput source="issuedYear" />
      <EnumInput source="status" enumName="InstrumentStatus" />
      <TextInput source="url" fullWidth />
      <TextInput source="summary" multiline minRows={3} fullWidth />
    </>
  );
}

export function InstrumentShow() {
  const { canAccess } = useCanAccess({ resource: 'instruments', action: 'edit' });
  return (
    <Show actions={<TopToolbar>{canAccess && <EditButton />}</TopToolbar>}>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled><TextField source="number" emptyText="—" /></Labeled>
          <Labeled><EnumField source="kind" enumName="InstrumentKind" /></Labeled>
          <Labeled><EnumField source="status" enumName="InstrumentStatus" /></Labeled>
          <Labeled label="resources.instruments.fields.issuerId"><TextField source="issuer.nameVi" emptyText="—" /></Labeled>
          <Labeled><TextField source="issuedYear" emptyText="—" /></Labeled>
        </Stack>
        <TextField source="title" variant="h6" />
        <TextField source="summary" emptyText="—" />
        <UrlLink />
        <Links />
        <Related />
        <AuditHistory entity="Instrument" />
      </SimpleShowLayout>
    </Show>
  );
}

function UrlLink() {
  const record = useRecordContext();
  return record?.url ? <MuiLink href={record.url} target="_blank" rel="noreferrer">{record.url}</MuiLink> : null;
}

export const instruments = {
  name: 'instruments',
  list: InstrumentList,
  show: InstrumentShow,
  create: () => <Create redirect="show"><SimpleForm defaultValues={{ kind: 'DECISION', status: 'IN_FORCE' }}><InstrumentInputs /></SimpleForm></Create>,
  edit: () => <DxEdit><SimpleForm resetOptions={keepTyped}><InstrumentInputs /></SimpleForm></DxEdit>,
  icon: GavelIcon,
  recordRepresentation: 'number',
};
