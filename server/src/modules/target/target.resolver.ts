import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/pagination/connection';
import { findByIdOrKey, loadOne } from '../../common/relations';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { Assignment } from '../assignment/assignment.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Plan } from '../plan/plan.entity';
import { Target } from './target.entity';
import { TargetListArgs } from './target.inputs';
import { listTargets } from './target.service';

export const TargetConnection = Connection(Target, 'Target');


@Resolver(() => Target)
export class TargetResolver {
  @Allow(SIGNED_IN)
  @Query(() => TargetConnection, { description: 'Targets, as a connection.' })
  targets(@Args(() => TargetListArgs) args: TargetListArgs, @Ctx() ctx: Context) {
    return listTargets(ctx.manager, args);
  }

  @Allow(SIGNED_IN)
  @Query(() => Target, { nullable: true, description: 'One target by id or by its external key.' })
  target(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('externalKey', () => String, { nullable: true, description: 'External key.' }) externalKey?: string,
  ) {
    return findByIdOrKey(ctx, Target, id, { property: 'externalKey', value: externalKey });
  }

  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  indicator(@Root() t: Target, @Ctx() ctx: Context) {
    return ctx.loaders.one(Indicator).load(t.indicatorId);
  }

  @FieldResolver(() => Plan, { description: 'The plan that set the target.' })
  plan(@Root() t: Target, @Ctx() ctx: Context) {
    return ctx.loaders.peek(Plan, t.planId) ?? ctx.loaders.one(Plan).load(t.planId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the target is cascaded to.' })
  agency(@Root() t: Target, @Ctx() ctx: Context) {
    return loadOne(ctx, Agency, t.agencyId);
  }

  @FieldResolver(() => [Assignment], { description: 'Agencies accountable for this target.' })
  assignments(@Root() t: Target, @Ctx() ctx: Context) {
    return ctx.loaders.many(Assignment, 'targetId').load(t.id);
  }
}
