import KeyIcon from '@mui/icons-material/Key';
import { Alert, Button, TextField as MuiText } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, Create, DataTable, ReferenceInput, SimpleForm, TextInput, required, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DxList } from '../../components/ListKit';
import { DateValue } from '../../components/fields';
import type { DxDataProvider } from '../../providers/data-provider';

function Revoke() {
  const r = useRecordContext();
  const translate = useTranslate();
  const dp = useDataProvider<DxDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!r) return null;
  if (r.revokedAt) return <DateValue source="revokedAt" time />;
  return (
    <Button size="small" color="error" onClick={async (e) => {
      e.stopPropagation();
      try {
        await dp.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: String(r.id) });
        notify('dx.tokens.revoked', { type: 'success' });
        refresh();
      } catch (err: any) { notify(err.message, { type: 'error' }); }
    }}>{translate('dx.tokens.revoke')}</Button>
  );
}

/** The secret comes back once, in the create answer: show it until the page is left. */
function TokenCreate() {
  const translate = useTranslate();
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <Create redirect={false} mutationOptions={{ onSuccess: (data: any) => setSecret(data.token) }}>
      <SimpleForm>
        {secret && (
          <Alert severity="warning" sx={{ mb: 2, width: '100%' }}>
            {translate('dx.tokens.shown_once')}
            <MuiText fullWidth size="small" value={secret} slotProps={{ input: { readOnly: true } }} sx={{ mt: 1 }} />
          </Alert>
        )}
        <TextInput source="name" validate={required()} fullWidth />
        <ReferenceInput source="agencyId" reference="agencies"><AutocompleteInput optionText="nameVi" filterToQuery={(q) => ({ q })} fullWidth /></ReferenceInput>
        <TextInput source="expiresAt" type="datetime-local" slotProps={{ inputLabel: { shrink: true } }} parse={(v) => (v ? new Date(v).toISOString() : null)} format={(v) => (v ? String(v).slice(0, 16) : '')} />
      </SimpleForm>
    </Create>
  );
}

export const apiTokens = {
  name: 'apiTokens',
  icon: KeyIcon,
  list: () => (
    <DxList>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="prefix" disableSort />
        <DataTable.Col source="createdAt"><DateValue source="createdAt" time /></DataTable.Col>
        <DataTable.Col source="lastUsedAt" disableSort><DateValue source="lastUsedAt" time /></DataTable.Col>
        <DataTable.Col source="expiresAt" disableSort><DateValue source="expiresAt" time /></DataTable.Col>
        <DataTable.Col source="revokedAt" disableSort><Revoke /></DataTable.Col>
      </DataTable>
    </DxList>
  ),
  create: TokenCreate,
};
