import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { DxDataProvider } from '../providers/data-provider';
import { isOffice } from '../providers/access';
import { EnumChip, useFormatters } from './fields';

interface Event { id: string; at: string; actor: string; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; reason: string | null }

const SKIP = new Set(['updatedAt', 'createdAt', 'version', 'searchKey', 'id']);

function changes(e: Event): Array<[string, unknown, unknown]> {
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  const out: Array<[string, unknown, unknown]> = [];
  for (const k of keys) {
    if (SKIP.has(k)) continue;
    const a = e.before?.[k];
    const b = e.after?.[k];
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push([k, a, b]);
  }
  return out;
}

const show = (v: unknown) => (v == null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Who changed this record, when, and from what to what (the office only). */
export function AuditHistory({ entity }: { entity: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  const { permissions } = usePermissions();
  const dp = useDataProvider<DxDataProvider>();
  const enabled = !!record?.id && isOffice(permissions);
  const { data } = useQuery({
    queryKey: ['auditEvents', 'history', entity, record?.id],
    enabled,
    queryFn: () =>
      dp.gql<{ auditEvents: { nodes: Event[] } }>(
        `query($f: AuditEventFilter) { auditEvents(filter: $f, first: 100) { nodes { id at actor action before after reason } } }`,
        { f: { entity, recordId: String(record!.id) } },
      ),
  });
  if (!enabled) return null;
  const events = data?.auditEvents.nodes ?? [];
  return (
    <Box sx={{ mt: 2 }} data-testid="audit-history">
      <Typography variant="h6" gutterBottom>{translate('dx.audit.title')}</Typography>
      {events.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{translate('dx.audit.empty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('dx.audit.at')}</TableCell>
              <TableCell>{translate('dx.audit.actor')}</TableCell>
              <TableCell>{translate('dx.audit.action')}</TableCell>
              <TableCell>{translate('dx.audit.changes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {events.map((e) => (
              <TableRow key={e.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.dateTime(e.at)}</TableCell>
                <TableCell>{e.actor}</TableCell>
                <TableCell><EnumChip enumName="AuditAction" value={e.action} /></TableCell>
                <TableCell>
                  {e.reason && <Typography variant="body2"><b>{translate('dx.audit.reason')}:</b> {e.reason}</Typography>}
                  {changes(e).slice(0, 12).map(([k, a, b]) => (
                    <Typography key={k} variant="body2" sx={{ wordBreak: 'break-word' }}>
                      <b>{k}</b>: {show(a)} → {show(b)}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
