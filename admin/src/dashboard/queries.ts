import { hasQuery } from '../providers/schema';
import type { DxDataProvider } from '../providers/data-provider';

export interface StatusCount { status: string; count: number }
export interface Progress { targetsByStatus: StatusCount[]; tasksByStatus?: StatusCount[]; tasksTotal: number; overdueTasks: number; indicatorsTotal: number; openFlags: number }
export interface DashboardData {
  plans: Array<Progress & { plan: { id: string; code: string; title: string } }>;
  pillars: Array<Progress & { pillar: { id: string; code: string; nameVi: string; nameEn?: string } }>;
  atRisk: Array<{ status: string; latestValue: number | null; projectedYear: number | null; target: { id: string; periodYear: number; value: number; comparator: string; indicator: { id: string; code: string; name: string; unit: string }; plan: { id: string; code: string } } }>;
  overdueTasks: Array<{ id: string; code: string; title: string; dueDate: string | null; plan?: { id: string; code: string } | null }>;
  dataQualityIssues: Array<{ flag: string; message: string; measurement?: any; target?: any; indicatorGroup?: any }>;
  scorecards: Array<{ agency: { id: string; code: string; nameVi: string; shortName?: string }; reportsDue: number; reportsOnTime: number; onTimeRate: number | null; completeness: number | null; targetsOnTrack: number; targetsTotal: number; overdueTasksAsLead: number; overdueTasksAsCooperating: number; openDataQualityFlags: number }>;
  reviewQueue: number;
  recentApproved: Array<{ id: string; periodYear: number; value: number | null; indicator: { id: string; code: string; name: string; unit: string }; agency?: { nameVi: string; shortName?: string } | null; reviewedAt?: string }>;
}

const PROGRESS = 'targetsByStatus { status count } tasksByStatus { status count } tasksTotal overdueTasks indicatorsTotal openFlags';
const TARGET = 'id periodYear value comparator indicator { id code name unit } plan { id code }';
const RECENT = `recent: measurements(filter: { statuses: [APPROVED] }, first: 8, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id periodYear value reviewedAt indicator { id code name unit } agency { nameVi shortName } } }`;

/** The server's roll-ups (Query.dashboard) when the API has them. */
const FULL = `query($planId: ID) { dashboard(planId: $planId) {
  plans { plan { id code title } ${PROGRESS} }
  pillars { pillar { id code nameVi nameEn } ${PROGRESS} }
  atRisk { status latestValue projectedYear target { ${TARGET} } }
  overdueTasks { id code title dueDate plan { id code } }
  dataQualityIssues { flag message measurement { id periodYear indicator { id code name } } target { id periodYear indicator { id code name } } indicatorGroup { id name plan { id code } } }
  scorecards { agency { id code nameVi shortName } reportsDue reportsOnTime onTimeRate completeness targetsOnTrack targetsTotal overdueTasksAsLead overdueTasksAsCooperating openDataQualityFlags }
  reviewQueue }
  ${RECENT} }`;

/** Until the roll-ups land: the same picture from the lists every integrator can read. */
const FALLBACK = `query {
  indicators(first: 500) { nodes { id code name unit pillar { id code nameVi nameEn } progress { status latestValue projectedYear target { ${TARGET} agencyId agencyLevel } } } }
  tasks(filter: { overdue: true }, first: 100, orderBy: [{ field: DUE_DATE, direction: ASC }]) { totalCount nodes { id code title dueDate plan { id code title } pillar { id code nameVi nameEn } } }
  queue: measurements(filter: { statuses: [SUBMITTED] }, first: 1) { totalCount }
  flagged: measurements(first: 500) { nodes { id periodYear flags indicator { id code name } } }
  ${RECENT} }`;

export async function loadDashboard(dp: DxDataProvider, planId?: string): Promise<DashboardData> {
  if (hasQuery('dashboard')) {
    const d = await dp.gql<any>(FULL, { planId: planId ?? null });
    return { ...d.dashboard, recentApproved: d.recent.nodes };
  }
  const d = await dp.gql<any>(FALLBACK);
  const plans = new Map<string, DashboardData['plans'][number]>();
  const pillars = new Map<string, DashboardData['pillars'][number]>();
  const bump = (p: Progress, status: string) => {
    const s = p.targetsByStatus.find((x) => x.status === status);
    if (s) s.count++;
    else p.targetsByStatus.push({ status, count: 1 });
  };
  const empty = (): Progress => ({ targetsByStatus: [], tasksTotal: 0, overdueTasks: 0, indicatorsTotal: 0, openFlags: 0 });
  const atRisk: DashboardData['atRisk'] = [];
  for (const ind of d.indicators.nodes) {
    const seenPlans = new Set<string>();
    for (const pr of ind.progress) {
      if (pr.target.agencyId || pr.target.agencyLevel) continue;
      if (planId && String(pr.target.plan.id) !== planId) continue;
      const target = { ...pr.target, indicator: { id: ind.id, code: ind.code, name: ind.name, unit: ind.unit } };
      const pk = String(pr.target.plan.id);
      if (!plans.has(pk)) plans.set(pk, { plan: { id: pk, code: pr.target.plan.code, title: pr.target.plan.code }, ...empty() });
      const pl = plans.get(pk)!;
      bump(pl, pr.status);
      if (!seenPlans.has(pk)) { pl.indicatorsTotal++; seenPlans.add(pk); }
      if (ind.pillar) {
        const k = String(ind.pillar.id);
        if (!pillars.has(k)) pillars.set(k, { pillar: ind.pillar, ...empty() });
        bump(pillars.get(k)!, pr.status);
      }
      if (pr.status === 'AT_RISK' || pr.status === 'OFF_TRACK') atRisk.push({ status: pr.status, latestValue: pr.latestValue, projectedYear: pr.projectedYear, target });
    }
  }
  for (const t of d.tasks.nodes) {
    if (t.plan && plans.has(String(t.plan.id))) plans.get(String(t.plan.id))!.overdueTasks++;
    if (t.pillar && pillars.has(String(t.pillar.id))) pillars.get(String(t.pillar.id))!.overdueTasks++;
  }
  const issues: DashboardData['dataQualityIssues'] = [];
  for (const m of d.flagged.nodes) for (const flag of m.flags) issues.push({ flag, message: '', measurement: m });
  return {
    plans: [...plans.values()],
    pillars: [...pillars.values()],
    atRisk,
    overdueTasks: d.tasks.nodes,
    dataQualityIssues: issues,
    scorecards: [],
    reviewQueue: d.queue.totalCount,
    recentApproved: d.recent.nodes,
  };
}
