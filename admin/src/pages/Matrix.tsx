import { Alert, Autocomplete, Box, Card, CardContent, MenuItem, Select, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Title, useCanAccess, useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import type { DxDataProvider } from '../providers/data-provider';
import { AgencyPicker } from '../components/AgencyPicker';

interface Agency { id: string; code: string; nameVi: string; shortName?: string | null }
interface Assignment { id: string; role: string; dueDate: string | null; agency: Agency }
interface Subject { type: 'TASK' | 'INDICATOR'; id: string; code: string; title: string; assignments: Assignment[] }

const ROLES = ['LEAD', 'COOPERATING', 'SUPERVISING', 'INFORMED'] as const;
const ROLE_SHORT: Record<string, string> = { LEAD: '#1565c0', COOPERATING: '#7b1fa2', SUPERVISING: '#00838f', INFORMED: '#757575' };

const PLAN_QUERY = `query($id: ID) { plan(id: $id) { id code title
  tasks { id code title assignments { id role dueDate agency { id code nameVi shortName } } }
  indicators { id code name assignments { id role dueDate agency { id code nameVi shortName } } } } }`;

function PlanChooser({ value, onChange }: { value?: string; onChange: (id: string) => void }) {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const { data = [] } = useGetList('plans', { filter: { q }, pagination: { page: 1, perPage: 50 }, sort: { field: 'startYear', order: 'DESC' } });
  const current = data.find((p) => String(p.id) === value) ?? null;
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 420 }}
      options={data}
      value={current}
      filterOptions={(x) => x}
      getOptionLabel={(p: any) => `${p.code} — ${p.title}`}
      isOptionEqualToValue={(a: any, b: any) => String(a.id) === String(b.id)}
      onInputChange={(_e, v, reason) => reason === 'input' && setQ(v)}
      onChange={(_e, p: any) => p && onChange(String(p.id))}
      renderInput={(params) => <TextField {...params} label={translate('dx.matrix.choose_plan')} name="matrix-plan" />}
    />
  );
}

/**
 * Agencies × the plan's tasks and indicators, each cell the agency's role. A change saves the
 * subject's whole set through assignAccountability (exactly one lead; one transaction).
 */
export function Matrix() {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useDataProvider<DxDataProvider>();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const planId = params.get('planId') ?? undefined;
  const { canAccess: canEdit } = useCanAccess({ resource: 'matrix', action: 'edit' });
  const [extra, setExtra] = useState<Agency[]>([]);
  const [saving, setSaving] = useState<string | null>(null);
  const { data, isPending } = useQuery({
    queryKey: ['matrix', planId],
    enabled: !!planId,
    queryFn: () => dp.gql<{ plan: any }>(PLAN_QUERY, { id: planId }),
  });
  const plan = data?.plan;
  const subjects: Subject[] = useMemo(() => {
    if (!plan) return [];
    return [
      ...plan.tasks.map((t: any) => ({ type: 'TASK' as const, id: String(t.id), code: t.code, title: t.title, assignments: t.assignments })),
      ...plan.indicators.map((i: any) => ({ type: 'INDICATOR' as const, id: String(i.id), code: i.code, title: i.name, assignments: i.assignments })),
    ];
  }, [plan]);
  const agencies: Agency[] = useMemo(() => {
    const map = new Map<string, Agency>();
    for (const s of subjects) for (const a of s.assignments) map.set(String(a.agency.id), { ...a.agency, id: String(a.agency.id) });
    for (const a of extra) map.set(a.id, a);
    return [...map.values()].sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
  }, [subjects, extra]);

  const roleOf = (s: Subject, agencyId: string) => s.assignments.find((a) => String(a.agency.id) === agencyId)?.role ?? '';

  const change = async (s: Subject, agencyId: string, role: string) => {
    const roles = new Map<string, string>();
    for (const a of s.assignments) roles.set(String(a.agency.id), a.role);
    if (role === 'LEAD') for (const [k, v] of roles) if (v === 'LEAD') roles.set(k, 'COOPERATING');
    if (role) roles.set(agencyId, role);
    else roles.delete(agencyId);
    const lead = [...roles.entries()].find(([, v]) => v === 'LEAD')?.[0];
    if (!lead) {
      notify('dx.matrix.missing_lead', { type: 'warning' });
      return;
    }
    const pick = (r: string) => [...roles.entries()].filter(([, v]) => v === r).map(([k]) => k);
    setSaving(`${s.type}-${s.id}`);
    try {
      await dp.gql(`mutation($input: AccountabilityInput!) { assignAccountability(input: $input) { id } }`, {
        input: {
          subjectType: s.type,
          subjectId: s.id,
          leadAgencyId: lead,
          cooperatingAgencyIds: pick('COOPERATING'),
          supervisingAgencyIds: pick('SUPERVISING'),
          informedAgencyIds: pick('INFORMED'),
          dueDate: s.assignments.find((a) => a.dueDate)?.dueDate ?? null,
        },
      });
      notify('dx.matrix.saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['matrix', planId] });
    } catch (e: any) {
      notify(e.message, { type: 'error' });
    } finally {
      setSaving(null);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="dx.matrix.title" />
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
          <PlanChooser value={planId} onChange={(id) => { setExtra([]); setParams({ planId: id }); }} />
          {plan && canEdit && <AgencyPicker exclude={agencies.map((a) => a.id)} onPick={(a) => setExtra([...extra, a])} />}
        </Stack>
        {plan && <Alert severity="info" sx={{ mb: 2 }}>{translate('dx.matrix.hint')}</Alert>}
        {planId && !isPending && plan && subjects.length === 0 && <Typography color="text.secondary">{translate('dx.matrix.empty')}</Typography>}
        {plan && subjects.length > 0 && (
          <TableContainer sx={{ maxHeight: '70vh' }}>
            <Table size="small" stickyHeader data-testid="matrix">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ minWidth: 320 }}>{translate('dx.matrix.subject')}</TableCell>
                  {agencies.map((a) => (
                    <TableCell key={a.id} align="center" sx={{ minWidth: 130 }} data-agency={a.code}>
                      <Tooltip title={a.nameVi}><span>{a.shortName ?? a.nameVi}</span></Tooltip>
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {(['TASK', 'INDICATOR'] as const).map((type) => {
                  const rows = subjects.filter((s) => s.type === type);
                  if (!rows.length) return null;
                  return [
                    <TableRow key={`h-${type}`}>
                      <TableCell colSpan={agencies.length + 1} sx={{ bgcolor: 'action.hover', fontWeight: 600 }}>
                        {translate(type === 'TASK' ? 'dx.matrix.tasks' : 'dx.matrix.indicators')}
                      </TableCell>
                    </TableRow>,
                    ...rows.map((s) => (
                      <TableRow key={`${s.type}-${s.id}`} hover data-subject={s.code}>
                        <TableCell>
                          <Typography variant="caption" color="text.secondary">{s.code}</Typography>
                          <Box><Link to={`/${s.type === 'TASK' ? 'tasks' : 'indicators'}/${s.id}/show`}>{s.title}</Link></Box>
                        </TableCell>
                        {agencies.map((a) => {
                          const role = roleOf(s, a.id);
                          return (
                            <TableCell key={a.id} align="center">
                              {canEdit ? (
                                <Select
                                  size="small"
                                  variant="standard"
                                  value={role}
                                  displayEmpty
                                  disabled={saving === `${s.type}-${s.id}`}
                                  onChange={(e) => change(s, a.id, String(e.target.value))}
                                  inputProps={{ 'data-testid': `cell-${s.code}-${a.code}` }}
                                  data-testid={`cell-${s.code}-${a.code}`}
                                  sx={{ minWidth: 110, fontWeight: role === 'LEAD' ? 700 : 400, color: ROLE_SHORT[role] }}
                                >
                                  <MenuItem value="">{translate('dx.matrix.none')}</MenuItem>
                                  {ROLES.map((r) => <MenuItem key={r} value={r} data-value={r}>{translate(`dx.enum.AssignmentRole.${r}`)}</MenuItem>)}
                                </Select>
                              ) : (
                                <Typography variant="body2" sx={{ color: ROLE_SHORT[role], fontWeight: role === 'LEAD' ? 700 : 400 }}>
                                  {role ? translate(`dx.enum.AssignmentRole.${role}`) : '·'}
                                </Typography>
                              )}
                            </TableCell>
                          );
                        })}
                      </TableRow>
                    )),
                  ];
                })}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </CardContent>
    </Card>
  );
}
