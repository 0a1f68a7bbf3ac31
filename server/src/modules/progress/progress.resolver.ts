import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../context';
import { Indicator } from '../indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../indicator/indicator-group.entity';
import { Measurement } from '../measurement/measurement.entity';
import { Plan } from '../plan/plan.entity';
import { Target } from '../target/target.entity';
import { ProgressStatus, type ProgressResult } from './progress.math';
import { citySeries, progressOfTargets, targetsWithProgress, type SeriesRow } from './progress.service';
import { DataQualityFlag, measurementFlags, targetFlags } from './quality';

registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'Where an indicator stands against a target.',
  valuesConfig: {
    ACHIEVED: { description: 'The latest value meets the target.' },
    ON_TRACK: { description: 'At or ahead of the path from the baseline to the target.' },
    AT_RISK: { description: 'Behind the path, but with at least 80% of the progress it requires.' },
    OFF_TRACK: { description: 'Well behind the path, or the target year has passed without meeting it.' },
    NO_DATA: { description: 'No value to judge by.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One year of an indicator\'s series: the value chosen for the year, and the measurement it came from.' })
export class SeriesPointType {
  @Field(() => Int, { description: 'Year.' })
  year: number;

  @Field(() => Float, { description: 'Value (computed from its parts where they exist).' })
  value: number;

  @Field(() => Measurement, { description: 'The measurement chosen for the year (approved over others, the source covering most years, final over estimates, latest recorded); for a year combined from agencies, the last of their values.' })
  measurement: Measurement;

  @Field(() => Int, { nullable: true, description: 'When there is no city-wide figure for the year: how many agencies\' approved values were combined (by the indicator\'s aggregation).' })
  agencyCount?: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Progress of an indicator toward one target, computed by the server.' })
export class TargetProgress {
  @Field(() => Target, { description: 'The target.' })
  target: Target;

  @Field(() => ProgressStatus, { description: 'Status.' })
  status: ProgressStatus;

  @Field(() => Float, { nullable: true, description: 'Latest value at or before the target year.' })
  latestValue: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of the latest value.' })
  latestYear: number | null;

  @Field(() => Float, { nullable: true, description: 'Baseline value used (the indicator\'s, else its earliest value).' })
  baselineValue: number | null;

  @Field(() => Int, { nullable: true, description: 'Baseline year used.' })
  baselineYear: number | null;

  @Field(() => Float, { nullable: true, description: 'LINEAR_FROM_BASELINE: where the value should be in the latest year.' })
  expectedValue: number | null;

  @Field(() => Float, { nullable: true, description: 'GROWTH_RATE: observed compound yearly growth (0.05 = 5%).' })
  observedGrowthRate: number | null;

  @Field(() => Float, { nullable: true, description: 'GROWTH_RATE: compound yearly growth still required.' })
  requiredGrowthRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Achieved share of the progress required by now (1 = on the path).' })
  progressRatio: number | null;

  @Field(() => Int, { nullable: true, description: 'Year the observed trend reaches the target; null if it does not.' })
  projectedYear: number | null;
}

/** An indicator with the measurements of it the caller may see (a figure's flags compare it with them). */
async function indicatorFigures(ctx: Context, indicatorId: number) {
  const [indicator, measurements] = await Promise.all([
    ctx.loaders.one(Indicator).load(indicatorId),
    ctx.loaders.many(Measurement, 'indicatorId', { periodYear: 'ASC' }).load(indicatorId),
  ]);
  return { indicator: indicator as Indicator, measurements: await ctx.policy.visible(measurements) };
}

const NO_DATA: ProgressResult = {
  status: ProgressStatus.NO_DATA, latestValue: null, latestYear: null, baselineValue: null, baselineYear: null,
  expectedValue: null, observedGrowthRate: null, requiredGrowthRate: null, progressRatio: null, projectedYear: null,
};

/** Progress of targets: one SQL statement per request (per 5,000 targets), whatever asks. */
function progressLoader(ctx: Context) {
  return ctx.loaders.custom<Target, ProgressResult>(
    'target-progress',
    async (targets) => {
      const results = await progressOfTargets(ctx, targets);
      return targets.map((t) => results.get(t.id) ?? NO_DATA);
    },
    (t) => t.id,
  );
}

/**
 * An indicator's targets, by year. When the query also asks for their progress, targets and
 * progress come from one statement and the progress loader is primed with it.
 */
export async function indicatorTargets(ctx: Context, indicatorId: number, withProgress: boolean, withPlans = false): Promise<Target[]> {
  if (!withProgress) return ctx.loaders.many(Target, 'indicatorId', { periodYear: 'ASC' }).load(indicatorId);
  return ctx.loaders
    .custom<number, Target[]>(`indicator-targets-with-progress:${withPlans}`, async (ids) => {
      const rows = await targetsWithProgress(ctx, ids);
      const progress = progressLoader(ctx);
      const known = ctx.loaders.computed<number, ProgressResult>(KNOWN_PROGRESS);
      const byIndicator = new Map<number, Target[]>(ids.map((id) => [id, []]));
      for (const { target, result } of rows) {
        progress.prime(target, result);
        known.set(target.id, result);
        ctx.loaders.prime(Target, target);
        byIndicator.get(target.indicatorId)?.push(target);
      }
      // Their plans too (one statement), so that each target resolves without a promise.
      if (withPlans) await ctx.loaders.one(Plan).loadMany([...new Set(rows.map((r) => r.target.planId))]);
      return ids.map((id) => byIndicator.get(id) ?? []);
    })
    .load(indicatorId);
}

const KNOWN_PROGRESS = 'target-progress';

async function progressOf(ctx: Context, targets: Target[]): Promise<TargetProgress[]> {
  const results = await progressLoader(ctx).loadMany(targets);
  return targets.map((target, i) => {
    const r = results[i];
    if (r instanceof Error) throw r;
    return { target, ...r };
  });
}

@Resolver(() => Indicator)
export class IndicatorProgressResolver {
  @FieldResolver(() => [SeriesPointType], { description: 'The city-wide series: one value per year — the city-wide figure, or else the agencies\' approved values combined.' })
  async series(@Root() i: Indicator, @Ctx() ctx: Context): Promise<SeriesPointType[]> {
    const points = await ctx.loaders.custom<number, SeriesRow[]>('city-series', async (ids) => {
      const series = await citySeries(ctx, ids);
      return ids.map((id) => series.get(id) ?? []);
    }).load(i.id);
    const measurements = await ctx.loaders.one(Measurement).loadMany(points.map((p) => p.measurementId));
    return points.map((p, n) => ({ year: p.year, value: p.value, measurement: measurements[n] as Measurement, agencyCount: p.agencyCount }));
  }

  @FieldResolver(() => [TargetProgress], { description: 'Progress toward each of the indicator\'s targets (cascaded targets by level have no series yet: NO_DATA).' })
  async progress(@Root() i: Indicator, @Ctx() ctx: Context) {
    return progressOf(ctx, await ctx.loaders.many(Target, 'indicatorId', { periodYear: 'ASC' }).load(i.id));
  }
}

@Resolver(() => Target)
export class TargetProgressResolver {
  @FieldResolver(() => TargetProgress, { description: 'Progress toward this target.' })
  progress(@Root() t: Target, @Ctx() ctx: Context) {
    const known = ctx.loaders.computed<number, ProgressResult>(KNOWN_PROGRESS).get(t.id);
    if (known) return { target: t, ...known };
    return progressLoader(ctx).load(t).then((r) => ({ target: t, ...r }));
  }

  @FieldResolver(() => [DataQualityFlag], { description: 'Data-quality flags of this target.' })
  async flags(@Root() t: Target, @Ctx() ctx: Context) {
    return targetFlags(t, await ctx.loaders.many(Target, 'indicatorId', { periodYear: 'ASC' }).load(t.indicatorId));
  }
}

@Resolver(() => Measurement)
export class MeasurementQualityResolver {
  @FieldResolver(() => [DataQualityFlag], { description: 'Data-quality flags of this measurement.' })
  async flags(@Root() m: Measurement, @Ctx() ctx: Context) {
    const { indicator, measurements } = await indicatorFigures(ctx, m.indicatorId);
    return measurementFlags(indicator, m, measurements);
  }
}

@Resolver(() => IndicatorGroup)
export class IndicatorGroupQualityResolver {
  @FieldResolver(() => [DataQualityFlag], { description: 'Data-quality flags of this group (declared vs listed count).' })
  async flags(@Root() g: IndicatorGroup, @Ctx() ctx: Context) {
    const members = await ctx.loaders.many(IndicatorGroupMember, 'groupId', { sortOrder: 'ASC' }).load(g.id);
    return g.declaredCount != null && g.declaredCount !== members.length ? [DataQualityFlag.DECLARED_COUNT_MISMATCH] : [];
  }
}
