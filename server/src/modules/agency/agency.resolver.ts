import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/pagination/connection';
import { findByIdOrKey, loadOne } from '../../common/relations';
import type { Context } from '../../context';
import { Assignment } from '../assignment/assignment.entity';
import { Agency } from './agency.entity';
import { AgencyListArgs } from './agency.inputs';
import { listAgencies } from './agency.service';

export const AgencyConnection = Connection(Agency, 'Agency');

@Resolver(() => Agency)
export class AgencyResolver {
  @Allow(SIGNED_IN)
  @Query(() => AgencyConnection, { description: 'Agencies, as a connection.' })
  agencies(@Args(() => AgencyListArgs) args: AgencyListArgs, @Ctx() ctx: Context) {
    return listAgencies(ctx.manager, args);
  }

  @Allow(SIGNED_IN)
  @Query(() => Agency, { nullable: true, description: 'One agency by id or by code.' })
  agency(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Agency code.' }) code?: string,
  ) {
    return findByIdOrKey(ctx, Agency, id, { property: 'code', value: code });
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Parent agency.' })
  parent(@Root() agency: Agency, @Ctx() ctx: Context) {
    return loadOne(ctx, Agency, agency.parentId);
  }

  @FieldResolver(() => [Agency], { description: 'Direct sub-agencies.' })
  children(@Root() agency: Agency, @Ctx() ctx: Context) {
    return ctx.loaders.many(Agency, 'parentId', { code: 'ASC' }).load(agency.id);
  }

  @FieldResolver(() => [Assignment], { description: 'What this agency is assigned to (lead, cooperating, supervising, informed).' })
  assignments(@Root() agency: Agency, @Ctx() ctx: Context) {
    return ctx.loaders.many(Assignment, 'agencyId').load(agency.id);
  }
}
