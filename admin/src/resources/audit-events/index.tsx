import HistoryIcon from '@mui/icons-material/History';
import { Typography } from '@mui/material';
import { DataTable, TextInput, useRecordContext } from 'react-admin';
import { DxList } from '../../components/ListKit';
import { DateValue, EnumArrayInput, EnumField } from '../../components/fields';

function Changes() {
  const r = useRecordContext();
  if (!r) return null;
  const keys = new Set([...Object.keys(r.before ?? {}), ...Object.keys(r.after ?? {})]);
  const lines = [...keys].filter((k) => !['updatedAt', 'createdAt', 'version'].includes(k) && JSON.stringify(r.before?.[k]) !== JSON.stringify(r.after?.[k])).slice(0, 6);
  return (
    <>
      {r.reason && <Typography variant="body2"><b>{r.reason}</b></Typography>}
      {lines.map((k) => <Typography key={k} variant="caption" sx={{ display: 'block' }}>{k}: {JSON.stringify(r.before?.[k] ?? null)} → {JSON.stringify(r.after?.[k] ?? null)}</Typography>)}
    </>
  );
}

const filters = [<TextInput key="e" source="entity" alwaysOn />, <TextInput key="r" source="recordId" />, <EnumArrayInput key="a" source="actions" enumName="AuditAction" />];

export const auditEvents = {
  name: 'auditEvents',
  icon: HistoryIcon,
  list: () => (
    <DxList filters={filters} sort={{ field: 'at', order: 'DESC' }}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="at"><DateValue source="at" time /></DataTable.Col>
        <DataTable.Col source="actor" disableSort />
        <DataTable.Col source="action" disableSort><EnumField source="action" enumName="AuditAction" /></DataTable.Col>
        <DataTable.Col source="entity" disableSort />
        <DataTable.Col source="recordId" disableSort />
        <DataTable.Col label="dx.audit.changes" disableSort><Changes /></DataTable.Col>
      </DataTable>
    </DxList>
  ),
};
