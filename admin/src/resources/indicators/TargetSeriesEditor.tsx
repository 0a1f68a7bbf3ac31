import { Box, Button, IconButton, MenuItem, Stack, TextField as MuiText, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useGetList, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { DxDataProvider } from '../../providers/data-provider';
import { useEnumChoices } from '../../components/fields';

interface Point { periodYear: string; value: string }

/** One plan's targets for several years at once, through setTargetSeries (all or nothing). */
export function TargetSeriesEditor() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dp = useDataProvider<DxDataProvider>();
  const comparators = useEnumChoices('Comparator');
  const { data: plans = [] } = useGetList('plans', { pagination: { page: 1, perPage: 200 }, sort: { field: 'startYear', order: 'DESC' } });
  const [planId, setPlanId] = useState('');
  const [comparator, setComparator] = useState('AT_LEAST');
  const [points, setPoints] = useState<Point[]>([{ periodYear: String(new Date().getFullYear()), value: '' }]);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  // start from the chosen plan's existing city-wide targets
  useEffect(() => {
    if (!planId || !record) return;
    const existing = (record.targets ?? []).filter((t: any) => String(t.plan?.id) === planId && !t.agencyId && !t.agencyLevel);
    if (existing.length) {
      setPoints(existing.map((t: any) => ({ periodYear: String(t.periodYear), value: String(t.value) })));
      setComparator(existing[0].comparator);
    }
  }, [planId, record]);

  if (!record) return null;
  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      await dp.gql(`mutation($input: SetTargetSeriesInput!) { setTargetSeries(input: $input) { id } }`, {
        input: {
          indicatorId: String(record.id),
          planId,
          comparator,
          points: points.filter((p) => p.periodYear && p.value !== '').map((p) => ({ periodYear: Number(p.periodYear), value: Number(p.value.replace(',', '.')) })),
        },
      });
      notify('dx.series.saved', { type: 'success' });
      await queryClient.invalidateQueries();
      refresh();
    } catch (e: any) {
      setErrors(e?.body?.errors ?? {});
      notify(e.message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box data-testid="target-series-editor" sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography variant="subtitle1" gutterBottom sx={{ fontWeight: 600 }}>{translate('dx.series.edit')}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <MuiText select size="small" label={translate('dx.series.plan')} value={planId} onChange={(e) => setPlanId(e.target.value)} sx={{ minWidth: 280 }} name="series-plan" error={!!errors.planId} helperText={errors.planId}>
          {plans.map((p) => (
            <MenuItem key={p.id} value={String(p.id)}>{p.code} — {p.title}</MenuItem>
          ))}
        </MuiText>
        <MuiText select size="small" label={translate('dx.series.comparator')} value={comparator} onChange={(e) => setComparator(e.target.value)} sx={{ minWidth: 180 }} name="series-comparator">
          {comparators.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
        </MuiText>
      </Stack>
      {points.map((p, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <MuiText size="small" type="number" label={translate('dx.series.year')} value={p.periodYear} name={`series-year-${i}`}
            onChange={(e) => setPoints(points.map((x, j) => (j === i ? { ...x, periodYear: e.target.value } : x)))} sx={{ width: 120 }} />
          <MuiText size="small" label={translate('dx.series.value')} value={p.value} name={`series-value-${i}`} slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            onChange={(e) => setPoints(points.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))} sx={{ width: 160 }} />
          <IconButton size="small" onClick={() => setPoints(points.filter((_, j) => j !== i))} aria-label={translate('ra.action.remove')}><DeleteIcon fontSize="small" /></IconButton>
        </Stack>
      ))}
      <Stack direction="row" spacing={1}>
        <Button size="small" startIcon={<AddIcon />} data-testid="series-add-year"
          onClick={() => setPoints([...points, { periodYear: String(Number(points[points.length - 1]?.periodYear || new Date().getFullYear()) + 1), value: '' }])}>
          {translate('dx.series.add_year')}
        </Button>
        <Button size="small" variant="contained" disabled={busy || !planId} onClick={save} data-testid="series-save">{translate('dx.series.save')}</Button>
      </Stack>
    </Box>
  );
}
