import type { Context } from '../../server/src/context';
import { Agency } from '../../server/src/modules/agency/agency.entity';
import { Assignment, AssignmentRole } from '../../server/src/modules/assignment/assignment.entity';
import { Indicator } from '../../server/src/modules/indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../../server/src/modules/indicator/indicator-group.entity';
import { Measurement, ReportStatus } from '../../server/src/modules/measurement/measurement.entity';
import { ReportingPeriod } from '../../server/src/modules/reporting/reporting-period.entity';
import { Target } from '../../server/src/modules/target/target.entity';
import { Task, TaskStatus } from '../../server/src/modules/task/task.entity';
import { TaskUpdate } from '../../server/src/modules/task/task-update.entity';
import { isOverdue, today } from '../../server/src/modules/task/task.service';
import { ProgressStatus, type ProgressResult } from '../../server/src/modules/progress/progress.math';
import type { ProgressCounts, ScorecardCounts } from '../../server/src/modules/progress/progress.service';
import { evaluate, seriesOf } from './progress-oracle';
import { DataQualityFlag, measurementFlags, targetFlags } from '../../server/src/modules/progress/quality';

/**
 * The roll-ups computed the plain way, as the reference for the server's SQL: every row read
 * into memory, statuses from progress-oracle.ts, flags from the server's per-record rules
 * (quality.ts). Plan, pillar and agency roll-ups and the dashboard lists are views over it.
 * (This was the server's implementation until issue 6 moved the roll-ups into SQL.)
 */
export class ProgrammeSnapshot {
  indicators = new Map<number, Indicator>();
  agencies: Agency[] = [];
  targets: Target[] = [];
  measurements: Measurement[] = [];
  tasks: Task[] = [];
  assignments: Assignment[] = [];
  groups: IndicatorGroup[] = [];
  members: IndicatorGroupMember[] = [];
  periods: ReportingPeriod[] = [];
  submittedTaskUpdates = 0;
  status = new Map<number, ProgressResult>();
  measurementFlags = new Map<number, DataQualityFlag[]>();
  targetFlags = new Map<number, DataQualityFlag[]>();
  groupFlags = new Map<number, DataQualityFlag[]>();
  overdue = new Set<number>();

  static async load(ctx: Context): Promise<ProgrammeSnapshot> {
    const m = ctx.manager;
    const s = new ProgrammeSnapshot();
    const [agencies, indicators, targets, measurements, tasks, assignments, groups, members, periods, submittedTaskUpdates] = await Promise.all([
      m.find(Agency, { order: { code: 'ASC' } }),
      m.find(Indicator),
      m.find(Target, { order: { periodYear: 'ASC', id: 'ASC' } }),
      m.find(Measurement, { order: { periodYear: 'ASC', id: 'ASC' } }),
      m.find(Task),
      m.find(Assignment),
      m.find(IndicatorGroup),
      m.find(IndicatorGroupMember),
      m.find(ReportingPeriod),
      m.count(TaskUpdate, { where: { status: ReportStatus.SUBMITTED } }),
    ]);
    s.indicators = new Map(indicators.map((i) => [i.id, i]));
    Object.assign(s, { agencies, targets, tasks, assignments, groups, members, periods, submittedTaskUpdates });
    s.measurements = await ctx.policy.visible(measurements);
    const byIndicator = groupBy(s.measurements, (x) => x.indicatorId);
    const targetsByIndicator = groupBy(targets, (t) => t.indicatorId);
    for (const t of targets) {
      const ind = s.indicators.get(t.indicatorId)!;
      const series = t.agencyLevel != null ? [] : seriesOf(ind, byIndicator.get(t.indicatorId) ?? [], t.agencyId ?? null);
      s.status.set(t.id, evaluate(ind, t, series));
      const f = targetFlags(t, targetsByIndicator.get(t.indicatorId) ?? []);
      if (f.length) s.targetFlags.set(t.id, f);
    }
    for (const x of s.measurements) {
      const f = measurementFlags(s.indicators.get(x.indicatorId)!, x, byIndicator.get(x.indicatorId) ?? []);
      if (f.length) s.measurementFlags.set(x.id, f);
    }
    const listed = groupBy(members, (x) => x.groupId);
    for (const g of groups) if (g.declaredCount != null && g.declaredCount !== (listed.get(g.id)?.length ?? 0)) s.groupFlags.set(g.id, [DataQualityFlag.DECLARED_COUNT_MISMATCH]);
    const now = today();
    for (const t of tasks) if (isOverdue(t, now)) s.overdue.add(t.id);
    return s;
  }

  /** Indicators of a plan: listed in its groups or targeted by it. */
  planIndicators(planId: number): Set<number> {
    const groupIds = new Set(this.groups.filter((g) => g.planId === planId).map((g) => g.id));
    return new Set([...this.members.filter((m) => groupIds.has(m.groupId)).map((m) => m.indicatorId), ...this.targets.filter((t) => t.planId === planId).map((t) => t.indicatorId)]);
  }

  counts(targets: Target[], tasks: Task[], indicatorIds: Set<number>, groupIds: Set<number>): ProgressCounts {
    const byStatus = new Map<ProgressStatus, number>(Object.values(ProgressStatus).map((s) => [s, 0]));
    for (const t of targets) {
      const st = this.status.get(t.id)!.status;
      byStatus.set(st, byStatus.get(st)! + 1);
    }
    const byTask = new Map<TaskStatus, number>(Object.values(TaskStatus).map((s) => [s, 0]));
    for (const t of tasks) byTask.set(t.status, byTask.get(t.status)! + 1);
    const flags =
      targets.filter((t) => this.targetFlags.has(t.id)).length +
      this.measurements.filter((m) => indicatorIds.has(m.indicatorId) && this.measurementFlags.has(m.id)).length +
      [...groupIds].filter((g) => this.groupFlags.has(g)).length;
    return {
      targetsByStatus: [...byStatus].map(([status, count]) => ({ status, count })),
      tasksByStatus: [...byTask].map(([status, count]) => ({ status, count })),
      tasksTotal: tasks.length,
      overdueTasks: tasks.filter((t) => this.overdue.has(t.id)).length,
      indicatorsTotal: indicatorIds.size,
      openFlags: flags,
    };
  }

  planProgress(planId: number): ProgressCounts {
    return this.counts(
      this.targets.filter((t) => t.planId === planId),
      this.tasks.filter((t) => t.planId === planId),
      this.planIndicators(planId),
      new Set(this.groups.filter((g) => g.planId === planId).map((g) => g.id)),
    );
  }

  pillarProgress(pillarId: number): ProgressCounts {
    const indicators = new Set([...this.indicators.values()].filter((i) => i.pillarId === pillarId).map((i) => i.id));
    return this.counts(
      this.targets.filter((t) => indicators.has(t.indicatorId)),
      this.tasks.filter((t) => t.pillarId === pillarId),
      indicators,
      new Set(this.groups.filter((g) => g.pillarId === pillarId).map((g) => g.id)),
    );
  }

  /**
   * An agency's scorecard, over the agency and its sub-agencies (`subtree`):
   * - reports due: each (assigned indicator × reporting period whose due date has passed);
   *   on time: a report of the agency submitted (or approved) by the end of the due date;
   * - completeness: share of the assigned indicators' reporting periods with a report from it;
   * - targets on track: targets it answers for (directly, or through their indicator) ACHIEVED or ON_TRACK;
   * - overdue tasks where it leads vs where it cooperates; open flags on its figures.
   */
  scorecard(subtree: Set<number>): ScorecardCounts {
    const mine = this.assignments.filter((a) => subtree.has(a.agencyId));
    const answering = mine.filter((a) => a.role === AssignmentRole.LEAD || a.role === AssignmentRole.COOPERATING);
    const targetIds = new Set(answering.map((a) => a.targetId).filter((x): x is number => x != null));
    const indicatorIds = new Set(answering.map((a) => a.indicatorId).filter((x): x is number => x != null));
    for (const t of this.targets) if (targetIds.has(t.id)) indicatorIds.add(t.indicatorId);
    const targets = this.targets.filter((t) => targetIds.has(t.id) || (indicatorIds.has(t.indicatorId) && (t.agencyId == null || subtree.has(t.agencyId))));
    const reports = this.measurements.filter((m) => m.agencyId != null && subtree.has(m.agencyId));
    const periods = this.periods.filter((p) => indicatorIds.has(p.indicatorId));
    const now = today();
    const due = periods.filter((p) => p.dueDate != null && p.dueDate < now);
    const reportFor = (p: ReportingPeriod) => reports.filter((r) => r.indicatorId === p.indicatorId && r.periodYear === p.periodYear && r.status !== ReportStatus.DRAFT);
    const onTime = due.filter((p) => reportFor(p).some((r) => r.submittedAt != null && r.submittedAt.toISOString().slice(0, 10) <= (p.dueDate as string))).length;
    const complete = periods.filter((p) => reportFor(p).length > 0).length;
    const taskRole = (role: AssignmentRole) => new Set(mine.filter((a) => a.role === role && a.taskId != null).map((a) => a.taskId as number));
    const lead = taskRole(AssignmentRole.LEAD);
    const coop = taskRole(AssignmentRole.COOPERATING);
    return {
      reportsDue: due.length,
      reportsOnTime: onTime,
      onTimeRate: due.length ? onTime / due.length : null,
      completeness: periods.length ? complete / periods.length : null,
      targetsOnTrack: targets.filter((t) => [ProgressStatus.ACHIEVED, ProgressStatus.ON_TRACK].includes(this.status.get(t.id)!.status)).length,
      targetsTotal: targets.length,
      overdueTasksAsLead: [...lead].filter((id) => this.overdue.has(id)).length,
      overdueTasksAsCooperating: [...coop].filter((id) => this.overdue.has(id)).length,
      openDataQualityFlags: reports.filter((m) => this.measurementFlags.has(m.id)).length,
    };
  }

  /** An agency and its sub-agencies, from the materialized paths already loaded. */
  subtree(agencyId: number): Set<number> {
    const root = this.agencies.find((a) => a.id === agencyId);
    return new Set(root ? this.agencies.filter((a) => a.path.startsWith(root.path)).map((a) => a.id) : [agencyId]);
  }

  /** Agencies that lead or cooperate on anything. */
  accountableAgencies(): number[] {
    return [...new Set(this.assignments.filter((a) => a.role === AssignmentRole.LEAD || a.role === AssignmentRole.COOPERATING).map((a) => a.agencyId))];
  }
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(r);
  }
  return out;
}
