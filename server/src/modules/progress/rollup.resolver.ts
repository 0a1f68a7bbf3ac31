import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { parseId } from '../../common/pagination/list-query';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { Indicator, IndicatorAggregation } from '../indicator/indicator.entity';
import { IndicatorGroup } from '../indicator/indicator-group.entity';
import { Measurement, ReportStatus } from '../measurement/measurement.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Plan } from '../plan/plan.entity';
import { Target } from '../target/target.entity';
import { Task, TaskStatus } from '../task/task.entity';
import { ProgressStatus } from './progress.math';
import { TargetProgress } from './progress.resolver';
import { DataQualityFlag } from './quality';
import { aggregate } from './progress.math';
import { snapshotOf, type ProgressCounts, type ProgrammeSnapshot } from './rollup.service';

@ObjectType({ description: 'How many targets have a progress status.' })
export class StatusCount {
  @Field(() => ProgressStatus, { description: 'Status.' })
  status: ProgressStatus;

  @Field(() => Int, { description: 'Number of targets.' })
  count: number;
}

@ObjectType({ description: 'How many tasks have an execution status.' })
export class TaskStatusCount {
  @Field(() => TaskStatus, { description: 'Status.' })
  status: TaskStatus;

  @Field(() => Int, { description: 'Number of tasks.' })
  count: number;
}

@ObjectType({ description: 'Counts shared by plan and pillar roll-ups.' })
class ProgressCountsType implements ProgressCounts {
  @Field(() => [StatusCount], { description: 'Targets by progress status (every status listed, zeros included).' })
  targetsByStatus: StatusCount[];

  @Field(() => [TaskStatusCount], { description: 'Tasks by status.' })
  tasksByStatus: TaskStatusCount[];

  @Field(() => Int, { description: 'Tasks in all.' })
  tasksTotal: number;

  @Field(() => Int, { description: 'Tasks past due and not done.' })
  overdueTasks: number;

  @Field(() => Int, { description: 'Indicators involved.' })
  indicatorsTotal: number;

  @Field(() => Int, { description: 'Open data-quality flags on its targets, figures and groups.' })
  openFlags: number;
}

@ObjectType({ description: 'A plan\'s roll-up: targets by status, tasks by status, overdue tasks, open flags.' })
export class PlanProgress extends ProgressCountsType {
  @Field(() => Plan, { description: 'The plan.' })
  plan: Plan;
}

@ObjectType({ description: 'A pillar\'s roll-up over its indicators and tasks.' })
export class PillarProgress extends ProgressCountsType {
  @Field(() => Pillar, { description: 'The pillar.' })
  pillar: Pillar;
}

@ObjectType({ description: 'How an agency (with its sub-agencies) answers for what it is assigned.' })
export class AgencyScorecard {
  @Field(() => Agency, { description: 'The agency.' })
  agency: Agency;

  @Field(() => Int, { description: 'Reports that were due: each assigned indicator × reporting period whose due date has passed.' })
  reportsDue: number;

  @Field(() => Int, { description: 'Of those, reports submitted by the due date.' })
  reportsOnTime: number;

  @Field(() => Float, { nullable: true, description: 'reportsOnTime ÷ reportsDue (null when nothing was due).' })
  onTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the assigned indicators\' reporting periods with a report from the agency.' })
  completeness: number | null;

  @Field(() => Int, { description: 'Targets it answers for that are achieved or on track.' })
  targetsOnTrack: number;

  @Field(() => Int, { description: 'Targets it answers for.' })
  targetsTotal: number;

  @Field(() => Int, { description: 'Overdue tasks it leads.' })
  overdueTasksAsLead: number;

  @Field(() => Int, { description: 'Overdue tasks it cooperates on.' })
  overdueTasksAsCooperating: number;

  @Field(() => Int, { description: 'Its figures that carry data-quality flags.' })
  openDataQualityFlags: number;
}

@ObjectType({ description: 'One data-quality problem, with the record it is on.' })
export class DataQualityIssue {
  @Field(() => DataQualityFlag, { description: 'The problem.' })
  flag: DataQualityFlag;

  @Field(() => String, { description: 'What is wrong, readable.' })
  message: string;

  @Field(() => Measurement, { nullable: true, description: 'The measurement, for figure flags.' })
  measurement?: Measurement | null;

  @Field(() => Target, { nullable: true, description: 'The target, for target flags.' })
  target?: Target | null;

  @Field(() => IndicatorGroup, { nullable: true, description: 'The group, for declared-count flags.' })
  indicatorGroup?: IndicatorGroup | null;
}

@ObjectType({ description: 'An indicator\'s value for a year combined over the agencies that reported it.' })
export class AggregateValue {
  @Field(() => Int, { description: 'Year.' })
  year: number;

  @Field(() => IndicatorAggregation, { description: 'How the values were combined.' })
  method: IndicatorAggregation;

  @Field(() => Float, { nullable: true, description: 'Combined value (RATIO_OF_SUMS: 100 × Σ numerator ÷ Σ denominator for percentages).' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ numerator (RATIO_OF_SUMS).' })
  numerator: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ denominator (RATIO_OF_SUMS).' })
  denominator: number | null;

  @Field(() => Int, { description: 'Agencies whose values were combined.' })
  agencyCount: number;
}

@ObjectType({ description: 'The office dashboard.' })
export class Dashboard {
  @Field(() => [PlanProgress], { description: 'Progress by plan.' })
  plans: PlanProgress[];

  @Field(() => [PillarProgress], { description: 'Progress by pillar.' })
  pillars: PillarProgress[];

  @Field(() => [TargetProgress], { description: 'Targets at risk or off track, worst first.' })
  atRisk: TargetProgress[];

  @Field(() => [Task], { description: 'Overdue tasks, oldest due date first.' })
  overdueTasks: Task[];

  @Field(() => [DataQualityIssue], { description: 'Open data-quality issues.' })
  dataQualityIssues: DataQualityIssue[];

  @Field(() => [AgencyScorecard], { description: 'Scorecards of the agencies that lead or cooperate on something.' })
  scorecards: AgencyScorecard[];

  @Field(() => Int, { description: 'Reports (measurements and task updates) waiting for the office\'s review.' })
  reviewQueue: number;
}

const MESSAGES: Record<DataQualityFlag, string> = {
  REPORTED_VALUE_MISMATCH: 'The quoted figure disagrees with its numerator and denominator.',
  CONFLICTING_SOURCES: 'Another source reports a different value for the same period.',
  CONFLICTING_TARGETS: 'Another target sets a different value for the same period.',
  DECLARED_COUNT_MISMATCH: 'The group declares a different number of indicators than it lists.',
};

function scorecardOf(s: ProgrammeSnapshot, agency: Agency): AgencyScorecard {
  return { agency, ...s.scorecard(s.subtree(agency.id)) };
}

@Resolver()
export class DashboardResolver {
  @Allow(SIGNED_IN)
  @Query(() => Dashboard, { description: 'The office dashboard: progress by plan and pillar, targets at risk, overdue tasks, data-quality issues, agency scorecards (optionally for one plan).' })
  async dashboard(@Ctx() ctx: Context, @Arg('planId', () => ID, { nullable: true, description: 'Only this plan.' }) planIdArg?: string): Promise<Dashboard> {
    const s = await snapshotOf(ctx);
    const planId = planIdArg != null ? parseId(planIdArg, ['planId']) : null;
    const plans = await ctx.manager.find(Plan, { order: { startYear: 'ASC', code: 'ASC' } });
    const pillars = await ctx.manager.find(Pillar, { order: { sortOrder: 'ASC', id: 'ASC' } });
    const inPlan = planId != null ? s.planIndicators(planId) : null;
    const targets = s.targets.filter((t) => (planId == null || t.planId === planId) && s.status.has(t.id));
    const rank = { OFF_TRACK: 0, AT_RISK: 1 } as Record<string, number>;
    const atRisk = targets
      .map((t) => ({ target: t, ...s.status.get(t.id)! }))
      .filter((p) => p.status === ProgressStatus.AT_RISK || p.status === ProgressStatus.OFF_TRACK)
      .sort((a, b) => rank[a.status] - rank[b.status] || (a.progressRatio ?? 0) - (b.progressRatio ?? 0) || a.target.periodYear - b.target.periodYear);
    const overdueTasks = s.tasks.filter((t) => s.overdue.has(t.id) && (planId == null || t.planId === planId)).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
    const issues: DataQualityIssue[] = [];
    for (const m of s.measurements) if (inPlan == null || inPlan.has(m.indicatorId)) for (const flag of s.measurementFlags.get(m.id) ?? []) issues.push({ flag, message: MESSAGES[flag], measurement: m });
    for (const t of targets) for (const flag of s.targetFlags.get(t.id) ?? []) issues.push({ flag, message: MESSAGES[flag], target: t });
    for (const g of s.groups) if (planId == null || g.planId === planId) for (const flag of s.groupFlags.get(g.id) ?? []) issues.push({ flag, message: MESSAGES[flag], indicatorGroup: g });
    const accountable = new Set(s.accountableAgencies());
    const scorecards = s.agencies.filter((a) => accountable.has(a.id)).map((a) => scorecardOf(s, a));
    return {
      plans: plans.filter((p) => planId == null || p.id === planId).map((plan) => ({ plan, ...s.planProgress(plan.id) })),
      pillars: pillars.map((pillar) => ({ pillar, ...s.pillarProgress(pillar.id) })),
      atRisk,
      overdueTasks,
      dataQualityIssues: issues,
      scorecards,
      reviewQueue: s.measurements.filter((m) => m.status === ReportStatus.SUBMITTED).length + s.submittedTaskUpdates,
    };
  }
}

@Resolver(() => Plan)
export class PlanRollupResolver {
  @FieldResolver(() => PlanProgress, { description: 'Roll-up: targets by status, tasks by status, overdue tasks, open flags.' })
  async progress(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanProgress> {
    return { plan, ...(await snapshotOf(ctx)).planProgress(plan.id) };
  }
}

@Resolver(() => Pillar)
export class PillarRollupResolver {
  @FieldResolver(() => PillarProgress, { description: 'Roll-up over the pillar\'s indicators and tasks.' })
  async progress(@Root() pillar: Pillar, @Ctx() ctx: Context): Promise<PillarProgress> {
    return { pillar, ...(await snapshotOf(ctx)).pillarProgress(pillar.id) };
  }
}

@Resolver(() => Agency)
export class AgencyRollupResolver {
  @FieldResolver(() => AgencyScorecard, { description: 'The agency\'s scorecard (with its sub-agencies).' })
  async scorecard(@Root() agency: Agency, @Ctx() ctx: Context): Promise<AgencyScorecard> {
    return scorecardOf(await snapshotOf(ctx), agency);
  }
}

@Resolver(() => Indicator)
export class IndicatorAggregateResolver {
  @FieldResolver(() => AggregateValue, { description: 'The indicator\'s value for a year combined over the agencies that reported it, by its aggregation (ratios: Σ numerator ÷ Σ denominator).' })
  async aggregate(@Root() i: Indicator, @Ctx() ctx: Context, @Arg('year', () => Int, { description: 'Year.' }) year: number): Promise<AggregateValue> {
    const rows = (await ctx.policy.visible(await ctx.loaders.many(Measurement, 'indicatorId', { periodYear: 'ASC' }).load(i.id))).filter(
      (m) => m.periodYear === year && m.agencyId != null && m.status !== ReportStatus.RETURNED,
    );
    return { year, method: i.aggregation, ...aggregate(i, rows) };
  }
}
