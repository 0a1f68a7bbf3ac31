import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/pagination/connection';
import { findByIdOrKey, loadOne } from '../../common/relations';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Instrument } from '../instrument/instrument.entity';
import { User } from '../user/user.entity';
import { Measurement } from './measurement.entity';
import { MeasurementListArgs } from './measurement.inputs';
import { listMeasurements } from './measurement.service';

export const MeasurementConnection = Connection(Measurement, 'Measurement');

@Resolver(() => Measurement)
export class MeasurementResolver {
  @Allow(SIGNED_IN)
  @Query(() => MeasurementConnection, { description: 'Measurements (reported values), as a connection.' })
  measurements(@Args(() => MeasurementListArgs) args: MeasurementListArgs, @Ctx() ctx: Context) {
    return listMeasurements(ctx, args);
  }

  @Allow(SIGNED_IN)
  @Query(() => Measurement, { nullable: true, description: 'One measurement by id or by its external key (null if it is another agency\'s unpublished report).' })
  async measurement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('externalKey', () => String, { nullable: true, description: 'External key.' }) externalKey?: string,
  ) {
    const row = await findByIdOrKey(ctx, Measurement, id, { property: 'externalKey', value: externalKey });
    return row && (await ctx.policy.visible([row])).length ? row : null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The value: computed from numerator and denominator where both exist (100 × n ÷ d for percentages), else the reported figure.',
  })
  value(@Root() m: Measurement) {
    // Kept equal to computeValue(…) on every write, and when the indicator's measure changes.
    return m.value;
  }

  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  indicator(@Root() m: Measurement, @Ctx() ctx: Context) {
    return ctx.loaders.one(Indicator).load(m.indicatorId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the value is for.' })
  agency(@Root() m: Measurement, @Ctx() ctx: Context) {
    return loadOne(ctx, Agency, m.agencyId);
  }

  @FieldResolver(() => Instrument, { nullable: true, description: 'Instrument the figure was published in.' })
  sourceInstrument(@Root() m: Measurement, @Ctx() ctx: Context) {
    return loadOne(ctx, Instrument, m.sourceInstrumentId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Organisation that produced the figure.' })
  sourceAgency(@Root() m: Measurement, @Ctx() ctx: Context) {
    return loadOne(ctx, Agency, m.sourceAgencyId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who submitted the report.' })
  submittedBy(@Root() m: Measurement, @Ctx() ctx: Context) {
    return loadOne(ctx, User, m.submittedById);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who last reviewed the report (the approver, for approved values).' })
  reviewedBy(@Root() m: Measurement, @Ctx() ctx: Context) {
    return loadOne(ctx, User, m.reviewedById);
  }
}
