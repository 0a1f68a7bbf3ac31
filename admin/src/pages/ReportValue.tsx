import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, Grid, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Loading, Title, useDataProvider, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import type { DxDataProvider } from '../providers/data-provider';
import { EnumChip, useFormatters } from '../components/fields';
import { WorkflowButtons } from '../components/MeasurementActions';

const QUERY = `query($id: ID, $f: MeasurementFilter, $p: ReportingPeriodFilter) {
  indicator(id: $id) { id code name unit measure }
  reportingPeriods(filter: $p, first: 50) { nodes { id periodYear dueDate status } }
  measurements(filter: $f, first: 100, orderBy: [{ field: PERIOD_YEAR, direction: DESC }]) { nodes { id periodYear value numerator denominator reportedValue reportedText isEstimate evidenceUrl comment status returnReason version agencyId flags } }
}`;

interface FormState { periodYear: string; reportedValue: string; numerator: string; denominator: string; reportedText: string; evidenceUrl: string; comment: string; isEstimate: boolean }
const EMPTY: FormState = { periodYear: '', reportedValue: '', numerator: '', denominator: '', reportedText: '', evidenceUrl: '', comment: '', isEstimate: false };
const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(/\s/g, '').replace(',', '.')));

/** An agency reports a value with its evidence into an open period, then submits it. */
export function ReportValue() {
  const { indicatorId } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const f = useFormatters();
  const dp = useDataProvider<DxDataProvider>();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const agencyId = (identity as any)?.agencyId ?? null;
  const key = ['report', indicatorId, agencyId];
  const { data, isPending } = useQuery({
    queryKey: key,
    enabled: !!identity,
    queryFn: () => dp.gql<any>(QUERY, { id: indicatorId, f: { indicatorIds: [indicatorId], ...(agencyId ? { agencyId } : {}) }, p: { indicatorIds: [indicatorId] } }),
  });
  const [form, setForm] = useState<FormState>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const open = useMemo(() => (data?.reportingPeriods.nodes ?? []).filter((p: any) => p.status === 'OPEN').sort((a: any, b: any) => b.periodYear - a.periodYear), [data]);
  const mine: any[] = useMemo(() => (data?.measurements.nodes ?? []).filter((m: any) => (agencyId ? String(m.agencyId) === String(agencyId) : true)), [data, agencyId]);
  const editable = mine.find((m) => String(m.periodYear) === form.periodYear && (m.status === 'DRAFT' || m.status === 'RETURNED'));

  useEffect(() => {
    if (!form.periodYear && open.length) setForm((s) => ({ ...s, periodYear: String(open[0].periodYear) }));
  }, [open, form.periodYear]);
  // continue the draft or returned report of that year, keeping its figures
  useEffect(() => {
    if (!editable) return;
    setForm((s) => ({
      ...s,
      reportedValue: editable.reportedValue != null ? String(editable.reportedValue) : '',
      numerator: editable.numerator != null ? String(editable.numerator) : '',
      denominator: editable.denominator != null ? String(editable.denominator) : '',
      reportedText: editable.reportedText ?? '',
      evidenceUrl: editable.evidenceUrl ?? '',
      comment: editable.comment ?? '',
      isEstimate: !!editable.isEstimate,
    }));
  }, [editable?.id, editable?.version]);

  if (isPending || !data) return <Loading />;
  const ind = data.indicator;
  const set = (k: keyof FormState) => (e: any) => setForm({ ...form, [k]: k === 'isEstimate' ? e.target.checked : e.target.value });

  const save = async (submit: boolean) => {
    setBusy(true);
    setErrors({});
    const values = {
      periodYear: Number(form.periodYear),
      reportedValue: num(form.reportedValue),
      numerator: num(form.numerator),
      denominator: num(form.denominator),
      reportedText: form.reportedText || null,
      evidenceUrl: form.evidenceUrl || null,
      comment: form.comment || null,
      isEstimate: form.isEstimate,
    };
    try {
      let id: string;
      let version: number;
      if (editable) {
        const r = await dp.gql<any>(`mutation($id: ID!, $v: Int!, $patch: MeasurementPatch!) { updateMeasurement(id: $id, version: $v, patch: $patch) { id version } }`, { id: editable.id, v: editable.version, patch: values });
        ({ id, version } = r.updateMeasurement);
      } else {
        const input = { indicatorId, ...(agencyId ? { agencyId } : {}), ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)) };
        const r = await dp.gql<any>(`mutation($input: CreateMeasurementInput!) { recordMeasurement(input: $input) { id version } }`, { input });
        ({ id, version } = r.recordMeasurement);
      }
      if (submit) await dp.gql(`mutation($id: ID!, $v: Int!) { submitMeasurement(id: $id, version: $v) { id } }`, { id, v: version });
      notify(submit ? 'dx.workflow.submitted' : 'dx.report.saved', { type: 'success' });
      setForm({ ...EMPTY, periodYear: form.periodYear });
      await queryClient.invalidateQueries();
    } catch (e: any) {
      setErrors(e?.body?.errors ?? {});
      notify(e.message, { type: 'error' });
      if (e?.status === 409) await queryClient.invalidateQueries({ queryKey: key });
    } finally {
      setBusy(false);
    }
  };

  const field = (k: keyof FormState, label: string, extra: object = {}) => (
    <TextField fullWidth size="small" name={k} label={label} value={form[k] as string} onChange={set(k)} error={!!errors[k]} helperText={errors[k] ?? ' '} {...extra} />
  );
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('dx.report.for_indicator', { name: ind.code })} />
      <CardContent>
        <Typography variant="caption" color="text.secondary">{ind.code}</Typography>
        <Typography variant="h5" gutterBottom><Link to={`/indicators/${ind.id}/show`}>{ind.name}</Link> ({ind.unit})</Typography>
        {open.length === 0 ? (
          <Alert severity="warning" sx={{ my: 2 }}>{translate('dx.report.no_open_period')}</Alert>
        ) : (
          <Box component="form" data-testid="report-form" onSubmit={(e) => { e.preventDefault(); save(true); }} sx={{ maxWidth: 760, my: 2 }}>
            {editable?.status === 'RETURNED' && <Alert severity="warning" sx={{ mb: 2 }}>{translate('dx.workflow.returned_because', { reason: editable.returnReason ?? '' })}</Alert>}
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 3 }}>
                <TextField select fullWidth size="small" name="periodYear" label={translate('dx.report.year')} value={form.periodYear} onChange={set('periodYear')}>
                  {open.map((p: any) => <MenuItem key={p.id} value={String(p.periodYear)}>{p.periodYear}{p.dueDate ? ` (${translate('dx.periods.due')} ${f.date(p.dueDate)})` : ''}</MenuItem>)}
                </TextField>
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>{field('reportedValue', translate('dx.report.value'), { slotProps: { htmlInput: { inputMode: 'decimal' } } })}</Grid>
              {(ind.measure === 'PERCENTAGE') && <Grid size={{ xs: 6, md: 3 }}>{field('numerator', translate('dx.report.numerator'), { slotProps: { htmlInput: { inputMode: 'decimal' } } })}</Grid>}
              {(ind.measure === 'PERCENTAGE') && <Grid size={{ xs: 6, md: 3 }}>{field('denominator', translate('dx.report.denominator'), { slotProps: { htmlInput: { inputMode: 'decimal' } } })}</Grid>}
              <Grid size={{ xs: 12, md: 6 }}>{field('reportedText', translate('dx.report.reported_text'))}</Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <FormControlLabel control={<Checkbox checked={form.isEstimate} onChange={set('isEstimate')} name="isEstimate" />} label={translate('dx.report.estimate')} />
              </Grid>
              <Grid size={12}>{field('evidenceUrl', translate('dx.report.evidence'), { placeholder: 'https://', helperText: errors.evidenceUrl ?? translate('dx.report.evidence_hint') })}</Grid>
              <Grid size={12}>{field('comment', translate('dx.report.comment'), { multiline: true, minRows: 2 })}</Grid>
            </Grid>
            <Stack direction="row" spacing={1}>
              <Button variant="outlined" disabled={busy} onClick={() => save(false)} data-testid="report-save-draft">{translate('dx.report.save_draft')}</Button>
              <Button variant="contained" type="submit" disabled={busy} data-testid="report-submit">{translate('dx.report.save_submit')}</Button>
            </Stack>
          </Box>
        )}
        <Typography variant="h6" sx={{ mt: 3 }}>{translate('dx.report.reports')}</Typography>
        <Table size="small" data-testid="my-reports">
          <TableHead>
            <TableRow>
              <TableCell>{translate('dx.report.year')}</TableCell>
              <TableCell align="right">{translate('dx.report.value')}</TableCell>
              <TableCell>{translate('resources.measurements.fields.status')}</TableCell>
              <TableCell>{translate('resources.measurements.fields.returnReason')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {mine.length === 0 && <TableRow><TableCell colSpan={5}>{translate('dx.common.no_records')}</TableCell></TableRow>}
            {mine.map((m) => (
              <TableRow key={m.id} data-status={m.status}>
                <TableCell>{m.periodYear}</TableCell>
                <TableCell align="right">{f.number(m.value)} {ind.unit}</TableCell>
                <TableCell><EnumChip enumName="ReportStatus" value={m.status} /></TableCell>
                <TableCell>{m.returnReason ?? '—'}</TableCell>
                <TableCell><WorkflowButtons record={m} onDone={() => queryClient.invalidateQueries({ queryKey: key })} /></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
