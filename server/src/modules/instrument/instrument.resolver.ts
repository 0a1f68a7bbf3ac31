import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/pagination/connection';
import { findByIdOrKey, loadAll, loadOne } from '../../common/relations';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { Plan } from '../plan/plan.entity';
import { PlanInstrument } from '../plan/plan-instrument.entity';
import { Task } from '../task/task.entity';
import { Instrument } from './instrument.entity';
import { InstrumentListArgs } from './instrument.inputs';
import { InstrumentLink } from './instrument-link.entity';
import { listInstruments } from './instrument.service';

export const InstrumentConnection = Connection(Instrument, 'Instrument');

@Resolver(() => Instrument)
export class InstrumentResolver {
  @Allow(SIGNED_IN)
  @Query(() => InstrumentConnection, { description: 'Legal and policy instruments, as a connection.' })
  instruments(@Args(() => InstrumentListArgs) args: InstrumentListArgs, @Ctx() ctx: Context) {
    return listInstruments(ctx.manager, args);
  }

  @Allow(SIGNED_IN)
  @Query(() => Instrument, { nullable: true, description: 'One instrument by id or by its number as written (e.g. "17-CT/TU").' })
  instrument(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('number', () => String, { nullable: true, description: 'Number and symbol, e.g. "06/QĐ-TTg".' }) number?: string,
  ) {
    return findByIdOrKey(ctx, Instrument, id, { property: 'number', value: number?.normalize('NFC') });
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Issuing agency.' })
  issuer(@Root() i: Instrument, @Ctx() ctx: Context) {
    return loadOne(ctx, Agency, i.issuerId);
  }

  @FieldResolver(() => [InstrumentLink], { description: 'Links from this instrument to others (this implements / amends / supersedes / cites …).' })
  links(@Root() i: Instrument, @Ctx() ctx: Context) {
    return ctx.loaders.many(InstrumentLink, 'fromInstrumentId').load(i.id);
  }

  @FieldResolver(() => [InstrumentLink], { description: 'Links from other instruments to this one (… implements / amends / supersedes / cites this).' })
  linkedFrom(@Root() i: Instrument, @Ctx() ctx: Context) {
    return ctx.loaders.many(InstrumentLink, 'toInstrumentId').load(i.id);
  }

  @FieldResolver(() => [Plan], { description: 'Plans this instrument issued.' })
  issuedPlans(@Root() i: Instrument, @Ctx() ctx: Context) {
    return ctx.loaders.many(Plan, 'issuedByInstrumentId').load(i.id);
  }

  @FieldResolver(() => [Plan], { description: 'Plans that implement this instrument.' })
  async implementingPlans(@Root() i: Instrument, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.many(PlanInstrument, 'instrumentId').load(i.id);
    return loadAll(ctx, Plan, rows.map((r) => r.planId));
  }

  @FieldResolver(() => [Task], { description: 'Tasks that come from this instrument\'s clauses.' })
  tasks(@Root() i: Instrument, @Ctx() ctx: Context) {
    return ctx.loaders.many(Task, 'instrumentId', { sortOrder: 'ASC' }).load(i.id);
  }
}

@Resolver(() => InstrumentLink)
export class InstrumentLinkResolver {
  @FieldResolver(() => Instrument, { description: 'The instrument the link starts from.' })
  from(@Root() l: InstrumentLink, @Ctx() ctx: Context) {
    return ctx.loaders.one(Instrument).load(l.fromInstrumentId);
  }

  @FieldResolver(() => Instrument, { description: 'The instrument the link points to.' })
  to(@Root() l: InstrumentLink, @Ctx() ctx: Context) {
    return ctx.loaders.one(Instrument).load(l.toInstrumentId);
  }
}
