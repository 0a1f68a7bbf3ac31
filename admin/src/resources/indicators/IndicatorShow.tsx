import { Box, Button, Card, CardContent, Chip, Grid, Link as MuiLink, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Link } from 'react-router-dom';
import { EditButton, Labeled, Show, TextField, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { Chart } from '../../components/Chart';
import { EnumChip, EnumField, useFormatters } from '../../components/fields';
import { WorkflowButtons } from '../../components/MeasurementActions';
import { ReportingPeriodsPanel } from './ReportingPeriodsPanel';
import { TargetSeriesEditor } from './TargetSeriesEditor';

function Actions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const edit = useCanAccess({ resource: 'indicators', action: 'edit' });
  const report = useCanAccess({ resource: 'measurements', action: 'report' });
  return (
    <TopToolbar>
      {record && report.canAccess && (
        <Button component={Link} to={`/report/${record.id}`} size="small" startIcon={<EditNoteIcon />} data-testid="report-value">{translate('dx.my.report')}</Button>
      )}
      {edit.canAccess && <EditButton />}
    </TopToolbar>
  );
}

/** Actual values by year against each plan's city-wide targets. */
export function ActualVsTarget() {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  if (!record) return null;
  const series: Array<{ year: number; value: number }> = record.series ?? [];
  const targets: any[] = (record.targets ?? []).filter((t: any) => !t.agencyId && !t.agencyLevel);
  // approved agency reports, shown beside the city-wide series (the server rolls them up, not the console)
  const agencyValues: any[] = (record.measurements ?? []).filter((m: any) => m.status === 'APPROVED' && m.agency && m.value != null);
  const byAgency = new Map<string, any[]>();
  for (const m of agencyValues) byAgency.set(m.agency.shortName ?? m.agency.nameVi, [...(byAgency.get(m.agency.shortName ?? m.agency.nameVi) ?? []), m]);
  const years = [...new Set([...series.map((s) => s.year), ...targets.map((t) => t.periodYear), ...agencyValues.map((m) => m.periodYear)])].sort();
  if (!years.length) return <Typography color="text.secondary">{translate('dx.series.empty')}</Typography>;
  const byPlan = new Map<string, any[]>();
  for (const t of targets) byPlan.set(t.plan.code, [...(byPlan.get(t.plan.code) ?? []), t]);
  return (
    <Chart
      testId="actual-vs-target"
      option={{
        tooltip: { trigger: 'axis', valueFormatter: (v: any) => f.number(Number(v)) },
        legend: { top: 0 },
        grid: { left: 50, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: years.map(String) },
        yAxis: { type: 'value', name: record.unit },
        series: [
          { name: translate('dx.series.actual'), type: 'bar', data: years.map((y) => series.find((s) => s.year === y)?.value ?? null), itemStyle: { color: '#1565c0' } },
          ...[...byAgency.entries()].map(([name, ms]) => ({
            name: `${translate('dx.series.actual')} · ${name}`,
            type: 'bar' as const,
            data: years.map((y) => ms.find((m) => m.periodYear === y)?.value ?? null),
          })),
          ...[...byPlan.entries()].map(([code, ts]) => ({
            name: `${translate('dx.series.target')} (${code})`,
            type: 'line' as const,
            connectNulls: true,
            lineStyle: { type: 'dashed' as const },
            data: years.map((y) => ts.find((t) => t.periodYear === y)?.value ?? null),
          })),
        ],
      }}
    />
  );
}

function TargetsTable() {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  const targets: any[] = [...(record?.targets ?? [])].sort((a, b) => a.periodYear - b.periodYear);
  const progress: any[] = record?.progress ?? [];
  return (
    <Table size="small" data-testid="targets-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.targets.fields.periodYear')}</TableCell>
          <TableCell align="right">{translate('resources.targets.fields.value')}</TableCell>
          <TableCell>{translate('resources.targets.fields.planId')}</TableCell>
          <TableCell>{translate('dx.series.progress')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {targets.length === 0 && <TableRow><TableCell colSpan={4}>{translate('dx.common.no_records')}</TableCell></TableRow>}
        {targets.map((t) => {
          const p = progress.find((x) => String(x.target.id) === String(t.id));
          return (
            <TableRow key={t.id}>
              <TableCell>{t.periodYear}</TableCell>
              <TableCell align="right">{translate(`dx.enum.Comparator.${t.comparator}`).replace(/ \(.*\)/, '')} {f.number(t.value)} {record!.unit}</TableCell>
              <TableCell>
                <Link to={`/plans/${t.plan.id}/show`}>{t.plan.code}</Link>
                {t.agency && ` · ${t.agency.nameVi}`}{t.agencyLevel && ` · ${translate(`dx.enum.AgencyLevel.${t.agencyLevel}`)}`}
              </TableCell>
              <TableCell>
                {p && <EnumChip enumName="ProgressStatus" value={p.status} />}
                {p?.projectedYear && <Typography variant="caption" sx={{ ml: 1 }}>{translate('dx.series.projected')}: {p.projectedYear}</Typography>}
                {t.flags.map((fl: string) => <Chip key={fl} size="small" color="warning" variant="outlined" sx={{ ml: 0.5 }} label={translate(`dx.enum.DataQualityFlag.${fl}`)} />)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function MeasurementsTable() {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormatters();
  const rows: any[] = [...(record?.measurements ?? [])].sort((a, b) => b.periodYear - a.periodYear);
  return (
    <Table size="small" data-testid="measurements-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.measurements.fields.periodYear')}</TableCell>
          <TableCell align="right">{translate('resources.measurements.fields.value')}</TableCell>
          <TableCell>{translate('resources.measurements.fields.agencyId')}</TableCell>
          <TableCell>{translate('resources.measurements.fields.status')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.length === 0 && <TableRow><TableCell colSpan={5}>{translate('dx.common.no_records')}</TableCell></TableRow>}
        {rows.map((m) => (
          <TableRow key={m.id}>
            <TableCell>{m.periodYear}</TableCell>
            <TableCell align="right">
              <Link to={`/measurements/${m.id}/show`}>{f.number(m.value)}</Link>
              {m.isEstimate && <Typography variant="caption" color="text.secondary"> ({translate('resources.measurements.fields.isEstimate')})</Typography>}
              {m.reportedText && <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>“{m.reportedText}”</Typography>}
            </TableCell>
            <TableCell>{m.agency?.shortName ?? m.agency?.nameVi ?? m.sourceAgency?.shortName ?? m.sourceAgency?.nameVi ?? '—'}</TableCell>
            <TableCell>
              <EnumChip enumName="ReportStatus" value={m.status} />
              {m.flags.map((fl: string) => <Chip key={fl} size="small" color="warning" variant="outlined" sx={{ ml: 0.5 }} label={translate(`dx.enum.DataQualityFlag.${fl}`)} />)}
              {m.evidenceUrl && <MuiLink href={m.evidenceUrl} target="_blank" rel="noreferrer" sx={{ ml: 1 }}>{translate('resources.measurements.fields.evidenceUrl')}</MuiLink>}
            </TableCell>
            <TableCell><WorkflowButtons record={m} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Accountability() {
  const record = useRecordContext();
  const translate = useTranslate();
  const list: any[] = record?.assignments ?? [];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {list.length === 0 && <Typography variant="body2" color="text.secondary">—</Typography>}
      {list.map((a) => (
        <Chip key={a.id} size="small" color={a.role === 'LEAD' ? 'primary' : 'default'} variant={a.role === 'LEAD' ? 'filled' : 'outlined'}
          label={`${a.agency.shortName ?? a.agency.nameVi} · ${translate(`dx.enum.AssignmentRole.${a.role}`)}`} />
      ))}
    </Stack>
  );
}

function OfficeOnly({ children }: { children: React.ReactNode }) {
  const { canAccess } = useCanAccess({ resource: 'targets', action: 'edit' });
  return canAccess ? <>{children}</> : null;
}

export function IndicatorShow() {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <Box sx={{ p: 2 }}>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled><TextField source="code" /></Labeled>
          <Labeled><TextField source="name" variant="h6" /></Labeled>
        </Stack>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          <Labeled><EnumField source="measure" enumName="IndicatorMeasure" /></Labeled>
          <Labeled><TextField source="unit" /></Labeled>
          <Labeled><EnumField source="direction" enumName="IndicatorDirection" /></Labeled>
          <Labeled><EnumField source="aggregation" enumName="IndicatorAggregation" /></Labeled>
          <Labeled><EnumField source="progressMethod" enumName="ProgressMethod" /></Labeled>
          <Labeled label="resources.indicators.fields.pillarId"><TextField source="pillar.nameVi" emptyText="—" /></Labeled>
          <Labeled><TextField source="baselineValue" emptyText="—" /></Labeled>
          <Labeled><TextField source="baselineYear" emptyText="—" /></Labeled>
        </Stack>
        <Labeled><TextField source="definition" emptyText="—" /></Labeled>
        <Box sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary">{translate('dx.tasks.assignments')}</Typography>
          <Accountability />
        </Box>
        <Card variant="outlined" sx={{ mt: 2 }}>
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate('dx.series.chart')}</Typography>
            <ActualVsTarget />
          </CardContent>
        </Card>
        <Grid container spacing={2} sx={{ mt: 1 }}>
          <Grid size={{ xs: 12, lg: 5 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate('dx.series.targets')}</Typography>
            <TargetsTable />
          </Grid>
          <Grid size={{ xs: 12, lg: 7 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate('dx.series.measurements')}</Typography>
            <MeasurementsTable />
          </Grid>
        </Grid>
        <Grid container spacing={2} sx={{ mt: 2 }}>
          <OfficeOnly>
            <Grid size={{ xs: 12, lg: 6 }}><TargetSeriesEditor /></Grid>
          </OfficeOnly>
          <Grid size={{ xs: 12, lg: 6 }}><ReportingPeriodsPanel /></Grid>
        </Grid>
        <AuditHistory entity="Indicator" />
      </Box>
    </Show>
  );
}
