import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { checkFirst, MAX_PAGE_SIZE } from '../../common/pagination/connection';
import { parseId } from '../../common/pagination/list-query';
import { loadAll } from '../../common/relations';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { Indicator, IndicatorAggregation } from '../indicator/indicator.entity';
import { IndicatorGroup } from '../indicator/indicator-group.entity';
import { Measurement, ReportStatus } from '../measurement/measurement.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Plan } from '../plan/plan.entity';
import { Target } from '../target/target.entity';
import { Task, TaskStatus } from '../task/task.entity';
import { aggregate, ProgressStatus } from './progress.math';
import { TargetProgress } from './progress.resolver';
import {
  accountableAgencyIds, atRiskTargets, overdueTaskIds, qualityIssues, reviewQueue as reviewQueueCount, rollups, scorecards as scorecardCounts,
  type ProgressCounts, type ScorecardCounts,
} from './progress.service';
import { DataQualityFlag } from './quality';

@ObjectType({ simpleResolvers: true, description: 'How many targets have a progress status.' })
export class StatusCount {
  @Field(() => ProgressStatus, { description: 'Status.' })
  status: ProgressStatus;

  @Field(() => Int, { description: 'Number of targets.' })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many tasks have an execution status.' })
export class TaskStatusCount {
  @Field(() => TaskStatus, { description: 'Status.' })
  status: TaskStatus;

  @Field(() => Int, { description: 'Number of tasks.' })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts shared by plan and pillar roll-ups.' })
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

@ObjectType({ simpleResolvers: true, description: 'A plan\'s roll-up: targets by status, tasks by status, overdue tasks, open flags.' })
export class PlanProgress extends ProgressCountsType {
  @Field(() => Plan, { description: 'The plan.' })
  plan: Plan;
}

@ObjectType({ simpleResolvers: true, description: 'A pillar\'s roll-up over its indicators and tasks.' })
export class PillarProgress extends ProgressCountsType {
  @Field(() => Pillar, { description: 'The pillar.' })
  pillar: Pillar;
}

@ObjectType({ simpleResolvers: true, description: 'How an agency (with its sub-agencies) answers for what it is assigned.' })
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

@ObjectType({ simpleResolvers: true, description: 'One data-quality problem, with the record it is on.' })
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

@ObjectType({ simpleResolvers: true, description: 'An indicator\'s value for a year combined over the agencies that reported it.' })
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

@ObjectType({ simpleResolvers: true, description: 'The office dashboard: each part is computed by the database when it is asked for.' })
export class Dashboard {
  /** Only this plan (null: the whole programme). */
  planId: number | null;
}
const MESSAGES: Record<DataQualityFlag, string> = {
  REPORTED_VALUE_MISMATCH: 'The quoted figure disagrees with its numerator and denominator.',
  CONFLICTING_SOURCES: 'Another source reports a different value for the same period.',
  CONFLICTING_TARGETS: 'Another target sets a different value for the same period.',
  DECLARED_COUNT_MISMATCH: 'The group declares a different number of indicators than it lists.',
};

const DEFAULT_LIST = 100;
const firstArg = { defaultValue: DEFAULT_LIST, description: `How many (default ${DEFAULT_LIST}, at most ${MAX_PAGE_SIZE}).` };

/**
 * Roll-ups of plans or pillars through the request's loaders: one statement for all of them.
 * The dashboard batches its own (`batch`): its lists and a list elsewhere in the same query
 * resolve after different round trips, and one shared loader would then run one statement or
 * two depending on which arrives first.
 */
function rollupOf(ctx: Context, kind: 'plan' | 'pillar', id: number, batch = 'field'): Promise<ProgressCounts> {
  return ctx.loaders
    .custom<number, ProgressCounts>(`rollup:${kind}:${batch}`, async (ids) => {
      const counts = await rollups(ctx, kind, ids);
      return ids.map((k) => counts.get(k)!);
    })
    .load(id);
}

function scorecardOf(ctx: Context, agency: Agency, batch = 'field'): Promise<AgencyScorecard> {
  return ctx.loaders
    .custom<number, ScorecardCounts>(`scorecard:${batch}`, async (ids) => {
      const cards = await scorecardCounts(ctx, ids);
      return ids.map((k) => cards.get(k)!);
    })
    .load(agency.id)
    .then((counts) => ({ agency, ...counts }));
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Allow(SIGNED_IN)
  @Query(() => Dashboard, { description: 'The office dashboard: progress by plan and pillar, targets at risk, overdue tasks, data-quality issues, agency scorecards (optionally for one plan).' })
  dashboard(@Arg('planId', () => ID, { nullable: true, description: 'Only this plan.' }) planIdArg?: string): Dashboard {
    return { planId: planIdArg != null ? parseId(planIdArg, ['planId']) : null };
  }

  @FieldResolver(() => [PlanProgress], { description: 'Progress by plan.' })
  async plans(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<PlanProgress[]> {
    const plans = await ctx.manager.find(Plan, { where: d.planId != null ? { id: d.planId } : {}, order: { startYear: 'ASC', code: 'ASC' } });
    return Promise.all(plans.map(async (plan) => ({ plan, ...(await rollupOf(ctx, 'plan', plan.id, 'dashboard')) })));
  }

  @FieldResolver(() => [PillarProgress], { description: 'Progress by pillar.' })
  async pillars(@Root() _d: Dashboard, @Ctx() ctx: Context): Promise<PillarProgress[]> {
    const pillars = await ctx.manager.find(Pillar, { order: { sortOrder: 'ASC', id: 'ASC' } });
    return Promise.all(pillars.map(async (pillar) => ({ pillar, ...(await rollupOf(ctx, 'pillar', pillar.id, 'dashboard')) })));
  }

  @FieldResolver(() => [TargetProgress], { description: 'Targets at risk or off track, worst first (off track, then by progress ratio, then by year).' })
  async atRisk(@Root() d: Dashboard, @Ctx() ctx: Context, @Arg('first', () => Int, firstArg) first: number): Promise<TargetProgress[]> {
    const rows = await atRiskTargets(ctx, d.planId, checkFirst(first));
    const targets = await ctx.loaders.one(Target).loadMany(rows.map((r) => r.id));
    return rows.map((r, i) => ({ target: targets[i] as Target, ...r.result }));
  }

  @FieldResolver(() => [Task], { description: 'Overdue tasks, oldest due date first.' })
  async overdueTasks(@Root() d: Dashboard, @Ctx() ctx: Context, @Arg('first', () => Int, firstArg) first: number): Promise<Task[]> {
    return loadAll(ctx, Task, await overdueTaskIds(ctx.manager, d.planId, checkFirst(first)));
  }

  @FieldResolver(() => [DataQualityIssue], { description: 'Open data-quality issues: flagged figures, then conflicting targets, then groups whose declared count differs.' })
  async dataQualityIssues(@Root() d: Dashboard, @Ctx() ctx: Context, @Arg('first', () => Int, firstArg) first: number): Promise<DataQualityIssue[]> {
    const rows = await qualityIssues(ctx, d.planId, checkFirst(first));
    const load = async <E extends object>(entity: new () => E, kind: string) => {
      const ids = [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.id))];
      const found = await loadAll(ctx, entity, ids);
      return new Map(found.map((e) => [(e as unknown as { id: number }).id, e]));
    };
    const [measurements, targets, groups] = await Promise.all([load(Measurement, 'M'), load(Target, 'T'), load(IndicatorGroup, 'G')]);
    return rows.map((r) => {
      const flag = r.flag as DataQualityFlag;
      const issue: DataQualityIssue = { flag, message: MESSAGES[flag] };
      if (r.kind === 'M') issue.measurement = measurements.get(r.id) ?? null;
      else if (r.kind === 'T') issue.target = targets.get(r.id) ?? null;
      else issue.indicatorGroup = groups.get(r.id) ?? null;
      return issue;
    });
  }

  @FieldResolver(() => [AgencyScorecard], { description: 'Scorecards of the agencies that lead or cooperate on something, by agency code.' })
  async scorecards(@Root() _d: Dashboard, @Ctx() ctx: Context): Promise<AgencyScorecard[]> {
    const agencies = await loadAll(ctx, Agency, await accountableAgencyIds(ctx.manager));
    return Promise.all(agencies.map((a) => scorecardOf(ctx, a, 'dashboard')));
  }

  @FieldResolver(() => Int, { description: 'Reports (measurements and task updates) waiting for the office\'s review.' })
  reviewQueue(@Ctx() ctx: Context): Promise<number> {
    return reviewQueueCount(ctx);
  }
}

@Resolver(() => Plan)
export class PlanRollupResolver {
  @FieldResolver(() => PlanProgress, { description: 'Roll-up: targets by status, tasks by status, overdue tasks, open flags.' })
  async progress(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanProgress> {
    return { plan, ...(await rollupOf(ctx, 'plan', plan.id)) };
  }
}

@Resolver(() => Pillar)
export class PillarRollupResolver {
  @FieldResolver(() => PillarProgress, { description: 'Roll-up over the pillar\'s indicators and tasks.' })
  async progress(@Root() pillar: Pillar, @Ctx() ctx: Context): Promise<PillarProgress> {
    return { pillar, ...(await rollupOf(ctx, 'pillar', pillar.id)) };
  }
}

@Resolver(() => Agency)
export class AgencyRollupResolver {
  @FieldResolver(() => AgencyScorecard, { description: 'The agency\'s scorecard (with its sub-agencies).' })
  scorecard(@Root() agency: Agency, @Ctx() ctx: Context): Promise<AgencyScorecard> {
    return scorecardOf(ctx, agency);
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
