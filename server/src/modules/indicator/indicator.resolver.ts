import { Allow, SIGNED_IN } from '../../common/auth/rules';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { selects } from '../../common/lookahead';
import { indicatorTargets } from '../progress/progress.resolver';
import { Connection } from '../../common/pagination/connection';
import { findByIdOrKey, loadAll, loadOne } from '../../common/relations';
import { loadWith } from '../../common/loaders/loaders';
import type { Context } from '../../context';
import { Assignment } from '../assignment/assignment.entity';
import { Measurement } from '../measurement/measurement.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Plan } from '../plan/plan.entity';
import { Target } from '../target/target.entity';
import { Task, TaskIndicator } from '../task/task.entity';
import { Indicator } from './indicator.entity';
import { IndicatorGroup, IndicatorGroupMember } from './indicator-group.entity';
import { IndicatorListArgs } from './indicator.inputs';
import { listIndicators } from './indicator.service';

export const IndicatorConnection = Connection(Indicator, 'Indicator');

// A group line is read for its indicator and its group.
loadWith(IndicatorGroupMember, ['group', 'indicator']);

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Allow(SIGNED_IN)
  @Query(() => IndicatorConnection, { description: 'Indicators, as a connection.' })
  indicators(@Args(() => IndicatorListArgs) args: IndicatorListArgs, @Ctx() ctx: Context) {
    return listIndicators(ctx.manager, args);
  }

  @Allow(SIGNED_IN)
  @Query(() => Indicator, { nullable: true, description: 'One indicator by id or by code.' })
  indicator(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Indicator code.' }) code?: string,
  ) {
    return findByIdOrKey(ctx, Indicator, id, { property: 'code', value: code });
  }

  @FieldResolver(() => Pillar, { nullable: true, description: 'Pillar or foundation.' })
  pillar(@Root() i: Indicator, @Ctx() ctx: Context) {
    return loadOne(ctx, Pillar, i.pillarId);
  }

  @FieldResolver(() => [IndicatorGroup], { description: 'Plan groups that list this indicator.' })
  async groups(@Root() i: Indicator, @Ctx() ctx: Context) {
    const members = await ctx.loaders.many(IndicatorGroupMember, 'indicatorId').load(i.id);
    return loadAll(ctx, IndicatorGroup, members.map((m) => m.groupId));
  }

  @FieldResolver(() => [Target], { description: 'Targets for this indicator, by year.' })
  targets(@Root() i: Indicator, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return indicatorTargets(ctx, i.id, selects(info, 'progress'), selects(info, 'plan'));
  }

  @FieldResolver(() => [Measurement], { description: 'Reported values of this indicator, by year (every source kept; other agencies\' unpublished reports are not shown).' })
  async measurements(@Root() i: Indicator, @Ctx() ctx: Context) {
    return ctx.policy.visible(await ctx.loaders.many(Measurement, 'indicatorId', { periodYear: 'ASC' }).load(i.id));
  }

  @FieldResolver(() => [Assignment], { description: 'Agencies accountable for this indicator.' })
  assignments(@Root() i: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.many(Assignment, 'indicatorId').load(i.id);
  }

  @FieldResolver(() => [Task], { description: 'Tasks that contribute to this indicator.' })
  async tasks(@Root() i: Indicator, @Ctx() ctx: Context) {
    const links = await ctx.loaders.many(TaskIndicator, 'indicatorId').load(i.id);
    return loadAll(ctx, Task, links.map((l) => l.taskId));
  }
}

@Resolver(() => IndicatorGroup)
export class IndicatorGroupResolver {
  @FieldResolver(() => Plan, { description: 'The plan.' })
  plan(@Root() g: IndicatorGroup, @Ctx() ctx: Context) {
    return ctx.loaders.one(Plan).load(g.planId);
  }

  @FieldResolver(() => Pillar, { nullable: true, description: 'The pillar.' })
  pillar(@Root() g: IndicatorGroup, @Ctx() ctx: Context) {
    return loadOne(ctx, Pillar, g.pillarId);
  }

  @FieldResolver(() => [IndicatorGroupMember], { description: 'The group\'s lines, in order, with the wording of the plan.' })
  members(@Root() g: IndicatorGroup, @Ctx() ctx: Context) {
    return ctx.loaders.many(IndicatorGroupMember, 'groupId', { sortOrder: 'ASC' }).load(g.id);
  }

  @FieldResolver(() => [Indicator], { description: 'The indicators listed in the group, in order.' })
  async indicators(@Root() g: IndicatorGroup, @Ctx() ctx: Context) {
    const members = await ctx.loaders.many(IndicatorGroupMember, 'groupId', { sortOrder: 'ASC' }).load(g.id);
    return loadAll(ctx, Indicator, members.map((m) => m.indicatorId));
  }

  @FieldResolver(() => Int, { description: 'How many indicators the system holds for the group; compare with `declaredCount`.' })
  async listedCount(@Root() g: IndicatorGroup, @Ctx() ctx: Context) {
    return (await ctx.loaders.many(IndicatorGroupMember, 'groupId', { sortOrder: 'ASC' }).load(g.id)).length;
  }
}

@Resolver(() => IndicatorGroupMember)
export class IndicatorGroupMemberResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  indicator(@Root() m: IndicatorGroupMember, @Ctx() ctx: Context) {
    return ctx.loaders.one(Indicator).load(m.indicatorId);
  }
}
