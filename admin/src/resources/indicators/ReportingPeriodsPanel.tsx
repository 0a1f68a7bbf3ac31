import { Box, Button, Chip, Stack, TextField as MuiText, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { DxDataProvider } from '../../providers/data-provider';
import { isOffice } from '../../providers/access';
import { useFormatters } from '../../components/fields';

/** Reporting windows of one indicator; the office opens and closes them. */
export function ReportingPeriodsPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const f = useFormatters();
  const { permissions } = usePermissions();
  const dp = useDataProvider<DxDataProvider>();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [due, setDue] = useState('');
  const key = ['reportingPeriods', 'indicator', record?.id];
  const { data } = useQuery({
    queryKey: key,
    enabled: !!record,
    queryFn: () => dp.gql<{ reportingPeriods: { nodes: any[] } }>(
      `query($f: ReportingPeriodFilter) { reportingPeriods(filter: $f, first: 100) { nodes { id periodYear dueDate status version } } }`,
      { f: { indicatorIds: [String(record!.id)] } },
    ),
  });
  if (!record) return null;
  const office = isOffice(permissions);
  const open = async () => {
    try {
      await dp.gql(`mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`, {
        input: { indicatorId: String(record.id), periodYear: Number(year), ...(due ? { dueDate: due } : {}) },
      });
      notify('dx.periods.opened', { type: 'success' });
      queryClient.invalidateQueries({ queryKey: key });
    } catch (e: any) {
      notify(e.message, { type: 'error' });
    }
  };
  const close = async (p: any) => {
    try {
      await dp.gql(`mutation($id: ID!, $v: Int!) { closeReportingPeriod(id: $id, version: $v) { id } }`, { id: p.id, v: p.version });
      notify('dx.periods.closed', { type: 'success' });
      queryClient.invalidateQueries({ queryKey: key });
    } catch (e: any) {
      notify(e.message, { type: 'error' });
    }
  };
  const periods = [...(data?.reportingPeriods.nodes ?? [])].sort((a, b) => b.periodYear - a.periodYear);
  return (
    <Box data-testid="reporting-periods">
      <Typography variant="subtitle1" gutterBottom sx={{ fontWeight: 600 }}>{translate('resources.reportingPeriods.name', { smart_count: 2 })}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
        {periods.length === 0 && <Typography variant="body2" color="text.secondary">{translate('dx.common.no_records')}</Typography>}
        {periods.map((p) => (
          <Chip key={p.id} color={p.status === 'OPEN' ? 'success' : 'default'}
            label={`${p.periodYear} · ${translate(`dx.enum.PeriodStatus.${p.status}`)}${p.dueDate ? ` · ${translate('dx.periods.due')} ${f.date(p.dueDate)}` : ''}`}
            onDelete={office && p.status === 'OPEN' ? () => close(p) : undefined} />
        ))}
      </Stack>
      {office && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <MuiText size="small" type="number" name="period-year" label={translate('dx.periods.year')} value={year} onChange={(e) => setYear(e.target.value)} sx={{ width: 110 }} />
          <MuiText size="small" type="date" name="period-due" label={translate('dx.periods.due')} value={due} onChange={(e) => setDue(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <Button size="small" variant="outlined" onClick={open} data-testid="open-period">{translate('dx.periods.open')}</Button>
        </Stack>
      )}
    </Box>
  );
}
