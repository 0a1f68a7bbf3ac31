import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/pagination/connection';
import { loadWith } from '../../common/loaders/loaders';
import { findByIdOrKey, loadAll, loadOne } from '../../common/relations';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { Assignment } from '../assignment/assignment.entity';
import { Indicator } from '../indicator/indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from '../indicator/indicator-group.entity';
import { Instrument } from '../instrument/instrument.entity';
import { Target } from '../target/target.entity';
import { Task } from '../task/task.entity';
import { Plan } from './plan.entity';
import { PlanListArgs } from './plan.inputs';
import { PlanInstrument } from './plan-instrument.entity';
import { listPlans } from './plan.service';

export const PlanConnection = Connection(Plan, 'Plan');

// The plan–instrument link is read for its two ends.
loadWith(PlanInstrument, ['plan', 'instrument']);

@Resolver(() => Plan)
export class PlanResolver {
  @Allow(SIGNED_IN)
  @Query(() => PlanConnection, { description: 'Plans, as a connection.' })
  plans(@Args(() => PlanListArgs) args: PlanListArgs, @Ctx() ctx: Context) {
    return listPlans(ctx.manager, args);
  }

  @Allow(SIGNED_IN)
  @Query(() => Plan, { nullable: true, description: 'One plan by id or by code.' })
  plan(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Plan code.' }) code?: string,
  ) {
    return findByIdOrKey(ctx, Plan, id, { property: 'code', value: code });
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'Parent plan.' })
  parent(@Root() p: Plan, @Ctx() ctx: Context) {
    return loadOne(ctx, Plan, p.parentId);
  }

  @FieldResolver(() => [Plan], { description: 'Sub-plans.' })
  children(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(Plan, 'parentId', { startYear: 'ASC' }).load(p.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Owning agency.' })
  ownerAgency(@Root() p: Plan, @Ctx() ctx: Context) {
    return loadOne(ctx, Agency, p.ownerAgencyId);
  }

  @FieldResolver(() => Instrument, { nullable: true, description: 'Instrument that issued the plan.' })
  issuedBy(@Root() p: Plan, @Ctx() ctx: Context) {
    return loadOne(ctx, Instrument, p.issuedByInstrumentId);
  }

  @FieldResolver(() => [Instrument], { description: 'Instruments the plan implements.' })
  async implements(@Root() p: Plan, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.many(PlanInstrument, 'planId').load(p.id);
    return loadAll(ctx, Instrument, rows.map((r) => r.instrumentId));
  }

  @FieldResolver(() => [IndicatorGroup], { description: 'Indicator groups of the plan, in order.' })
  indicatorGroups(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(IndicatorGroup, 'planId', { sortOrder: 'ASC' }).load(p.id);
  }

  @FieldResolver(() => [Task], { description: 'Tasks of the plan (key tasks and their sub-tasks), in order.' })
  tasks(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(Task, 'planId', { sortOrder: 'ASC' }).load(p.id);
  }

  @FieldResolver(() => [Target], { description: 'Targets the plan sets.' })
  targets(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(Target, 'planId', { periodYear: 'ASC' }).load(p.id);
  }

  @FieldResolver(() => [Indicator], { description: 'Indicators of the plan: those listed in its groups and those it sets targets for, without repeats.' })
  async indicators(@Root() p: Plan, @Ctx() ctx: Context) {
    const groups = await ctx.loaders.many(IndicatorGroup, 'planId', { sortOrder: 'ASC' }).load(p.id);
    const members = (await ctx.loaders.many(IndicatorGroupMember, 'groupId', { sortOrder: 'ASC' }).loadMany(groups.map((g) => g.id)))
      .flatMap((m) => (Array.isArray(m) ? m : []));
    const targets = await ctx.loaders.many(Target, 'planId', { periodYear: 'ASC' }).load(p.id);
    const ids = [...new Set([...members.map((m) => m.indicatorId), ...targets.map((t) => t.indicatorId)])];
    return loadAll(ctx, Indicator, ids);
  }

  @FieldResolver(() => [Assignment], { description: 'Agencies accountable for the plan itself.' })
  assignments(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(Assignment, 'planId').load(p.id);
  }
}
