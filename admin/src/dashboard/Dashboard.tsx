import { Alert, Box, Card, CardContent, CardHeader, Chip, Grid, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { Loading, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { DxDataProvider } from '../providers/data-provider';
import { Chart, STATUS_COLORS } from '../components/Chart';
import { EnumChip, useFormatters } from '../components/fields';
import { loadDashboard, type DashboardData, type Progress } from './queries';

const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

function Section({ title, action, children, testId }: { title: string; action?: React.ReactNode; children: React.ReactNode; testId?: string }) {
  return (
    <Card sx={{ height: '100%' }} data-testid={testId}>
      <CardHeader title={title} action={action} slotProps={{ title: { variant: 'h6' } }} sx={{ pb: 0 }} />
      <CardContent>{children}</CardContent>
    </Card>
  );
}

function Stat({ label, value, to, color }: { label: string; value: number | string; to: string; color?: string }) {
  return (
    <Card component={Link} to={to} sx={{ textDecoration: 'none', flex: 1, minWidth: 180 }}>
      <CardContent>
        <Typography variant="overline" color="text.secondary">{label}</Typography>
        <Typography variant="h4" sx={{ color }}>{value}</Typography>
      </CardContent>
    </Card>
  );
}

/** Stacked bars of target statuses, one bar per plan or pillar; a click opens the records. */
function StatusBars({ rows, label, link }: { rows: Array<Progress & { key: string; label: string }>; label: string; link: (key: string) => string }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  if (!rows.length) return <Typography color="text.secondary">{translate('dx.dashboard.none')}</Typography>;
  return (
    <Chart
      testId={`chart-${label}`}
      height={Math.max(180, rows.length * 34 + 70)}
      onClick={(p) => { const r = rows[p.dataIndex]; if (r) navigate(link(r.key)); }}
      option={{
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 10, right: 20, top: 40, bottom: 10, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
        series: STATUSES.map((s) => ({
          name: translate(`dx.enum.ProgressStatus.${s}`),
          type: 'bar' as const,
          stack: 'total',
          itemStyle: { color: STATUS_COLORS[s] },
          data: rows.map((r) => r.targetsByStatus.find((x) => x.status === s)?.count ?? 0),
        })),
      }}
    />
  );
}

export function Dashboard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const f = useFormatters();
  const dp = useDataProvider<DxDataProvider>();
  const { data, isPending, error } = useQuery<DashboardData>({ queryKey: ['dashboard'], queryFn: () => loadDashboard(dp) });
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="error" sx={{ mt: 2 }}>{(error as Error)?.message}</Alert>;
  const pillarName = (p: any) => (locale === 'en' && p.nameEn) || p.nameVi;
  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title="dx.dashboard.title" />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        <Stat label={translate('dx.dashboard.review_queue')} value={data.reviewQueue} to={`/measurements?filter=${encodeURIComponent(JSON.stringify({ statuses: ['SUBMITTED'] }))}`} color={data.reviewQueue ? '#0277bd' : undefined} />
        <Stat label={translate('dx.dashboard.at_risk')} value={data.atRisk.length} to="/targets" color={data.atRisk.length ? '#ef6c00' : undefined} />
        <Stat label={translate('dx.dashboard.overdue_tasks')} value={data.overdueTasks.length} to={`/tasks?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`} color={data.overdueTasks.length ? '#c62828' : undefined} />
        <Stat label={translate('dx.dashboard.quality')} value={data.dataQualityIssues.length} to="/measurements" />
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title={translate('dx.dashboard.plans')} testId="dash-plans">
            <StatusBars label="plans" rows={data.plans.map((p) => ({ ...p, key: String(p.plan.id), label: p.plan.code }))} link={(k) => `/plans/${k}/show`} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title={translate('dx.dashboard.pillars')} testId="dash-pillars">
            <StatusBars label="pillars" rows={data.pillars.map((p) => ({ ...p, key: String(p.pillar.id), label: pillarName(p.pillar) }))} link={(k) => `/indicators?filter=${encodeURIComponent(JSON.stringify({ pillarIds: [k] }))}`} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title={translate('dx.dashboard.at_risk')} testId="dash-at-risk">
            <Table size="small">
              <TableHead><TableRow>
                <TableCell>{translate('dx.dashboard.indicators')}</TableCell>
                <TableCell>{translate('dx.dashboard.year')}</TableCell>
                <TableCell align="right">{translate('dx.dashboard.latest')}</TableCell>
                <TableCell align="right">{translate('dx.dashboard.target_value')}</TableCell>
                <TableCell />
              </TableRow></TableHead>
              <TableBody>
                {data.atRisk.length === 0 && <TableRow><TableCell colSpan={5}>{translate('dx.dashboard.none')}</TableCell></TableRow>}
                {data.atRisk.slice(0, 12).map((r) => (
                  <TableRow key={r.target.id} hover>
                    <TableCell><Link to={`/indicators/${r.target.indicator.id}/show`}>{r.target.indicator.code}</Link> <Typography variant="caption" sx={{ display: 'block' }}>{r.target.indicator.name}</Typography></TableCell>
                    <TableCell>{r.target.periodYear} · {r.target.plan.code}</TableCell>
                    <TableCell align="right">{f.number(r.latestValue)}</TableCell>
                    <TableCell align="right">{f.number(r.target.value)} {r.target.indicator.unit}</TableCell>
                    <TableCell><EnumChip enumName="ProgressStatus" value={r.status} /></TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title={translate('dx.dashboard.approved_recent')} testId="dash-recent">
            <Table size="small">
              <TableBody>
                {data.recentApproved.length === 0 && <TableRow><TableCell>{translate('dx.dashboard.none')}</TableCell></TableRow>}
                {data.recentApproved.map((m) => (
                  <TableRow key={m.id} hover>
                    <TableCell><Link to={`/indicators/${m.indicator.id}/show`}>{m.indicator.code}</Link><Typography variant="caption" sx={{ display: 'block' }}>{m.indicator.name}</Typography></TableCell>
                    <TableCell>{m.periodYear}</TableCell>
                    <TableCell align="right"><Link to={`/measurements/${m.id}/show`}>{f.number(m.value)} {m.indicator.unit}</Link></TableCell>
                    <TableCell>{m.agency?.shortName ?? m.agency?.nameVi ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title={translate('dx.dashboard.overdue_tasks')} testId="dash-overdue">
            <Table size="small">
              <TableBody>
                {data.overdueTasks.length === 0 && <TableRow><TableCell>{translate('dx.dashboard.none')}</TableCell></TableRow>}
                {data.overdueTasks.slice(0, 10).map((t) => (
                  <TableRow key={t.id} hover>
                    <TableCell><Link to={`/tasks/${t.id}/show`}>{t.code}</Link></TableCell>
                    <TableCell>{t.title}</TableCell>
                    <TableCell sx={{ color: 'error.main', whiteSpace: 'nowrap' }}>{f.date(t.dueDate)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Section title={translate('dx.dashboard.quality')} testId="dash-quality">
            <Table size="small">
              <TableBody>
                {data.dataQualityIssues.length === 0 && <TableRow><TableCell>{translate('dx.dashboard.none')}</TableCell></TableRow>}
                {data.dataQualityIssues.slice(0, 10).map((q, i) => {
                  const rec = q.measurement ?? q.target;
                  const to = q.measurement ? `/measurements/${q.measurement.id}/show` : q.target ? `/targets/${q.target.id}/show` : q.indicatorGroup ? `/plans/${q.indicatorGroup.plan?.id}/show/groups` : '#';
                  return (
                    <TableRow key={i} hover>
                      <TableCell><Chip size="small" color="warning" variant="outlined" label={translate(`dx.enum.DataQualityFlag.${q.flag}`)} /></TableCell>
                      <TableCell><Link to={to}>{rec?.indicator?.code ?? q.indicatorGroup?.name}</Link>{rec?.periodYear ? ` · ${rec.periodYear}` : ''}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Section>
        </Grid>
        <Grid size={12}>
          <Section title={translate('dx.dashboard.scorecards')} testId="dash-scorecards">
            {data.scorecards.length === 0 ? (
              <Typography color="text.secondary">{translate('dx.dashboard.none')}</Typography>
            ) : (
              <Table size="small">
                <TableHead><TableRow>
                  <TableCell>{translate('dx.dashboard.agency')}</TableCell>
                  <TableCell align="right">{translate('dx.dashboard.reports_due')}</TableCell>
                  <TableCell>{translate('dx.dashboard.on_time')}</TableCell>
                  <TableCell>{translate('dx.dashboard.completeness')}</TableCell>
                  <TableCell align="right">{translate('dx.dashboard.on_track')}</TableCell>
                  <TableCell align="right">{translate('dx.dashboard.overdue_lead')}</TableCell>
                  <TableCell align="right">{translate('dx.dashboard.overdue_coop')}</TableCell>
                  <TableCell align="right">{translate('dx.dashboard.flags')}</TableCell>
                </TableRow></TableHead>
                <TableBody>
                  {data.scorecards.map((s) => (
                    <TableRow key={s.agency.id} hover>
                      <TableCell><Link to={`/agencies/${s.agency.id}/show`}>{s.agency.shortName ?? s.agency.nameVi}</Link></TableCell>
                      <TableCell align="right">{s.reportsDue}</TableCell>
                      <TableCell sx={{ minWidth: 120 }}>{s.onTimeRate == null ? '—' : <><LinearProgress variant="determinate" value={s.onTimeRate * 100} />{f.percent(s.onTimeRate)}</>}</TableCell>
                      <TableCell sx={{ minWidth: 120 }}>{s.completeness == null ? '—' : <><LinearProgress variant="determinate" color="secondary" value={s.completeness * 100} />{f.percent(s.completeness)}</>}</TableCell>
                      <TableCell align="right">{s.targetsOnTrack}/{s.targetsTotal}</TableCell>
                      <TableCell align="right">{s.overdueTasksAsLead}</TableCell>
                      <TableCell align="right">{s.overdueTasksAsCooperating}</TableCell>
                      <TableCell align="right">{s.openDataQualityFlags}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
        </Grid>
      </Grid>
    </Box>
  );
}
