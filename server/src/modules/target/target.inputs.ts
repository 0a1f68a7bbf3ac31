import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../../common/pagination/connection';
import { CommonFilter } from '../../common/pagination/list-query';
import { IsNumber, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { DATE_PATTERN } from '../instrument/instrument.inputs';
import { AgencyLevel, Comparator } from './target.entity';

export enum TargetOrderField { ID = 'ID', PERIOD_YEAR = 'PERIOD_YEAR', VALUE = 'VALUE', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(TargetOrderField, { name: 'TargetOrderField', description: 'Sortable fields of targets.' });
export const TARGET_ORDER = { ID: 'id', PERIOD_YEAR: 'periodYear', VALUE: 'value', UPDATED_AT: 'updatedAt' };
export const TargetOrder = OrderInput(TargetOrderField, 'Target');

/** Period and indicator filters shared by targets and measurements. */
@InputType('PeriodFilter', { description: 'Filter by indicator and period.' })
export class PeriodFilter extends CommonFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these indicators.' })
  indicatorIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Only this year.' })
  periodYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only this year or later.' })
  periodFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only this year or earlier.' })
  periodTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only rows for this agency or one of its sub-agencies.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only indicators of this pillar.' })
  pillarId?: string | null;
}

@InputType('TargetFilter', { description: 'Filter targets.' })
export class TargetFilter extends PeriodFilter {
  @Field(() => ID, { nullable: true, description: 'Only targets set by this plan.' })
  planId?: string | null;
}

@ArgsType()
export class TargetListArgs extends PageArgs {
  @Field(() => TargetFilter, { nullable: true, description: 'Filter.' })
  filter?: TargetFilter | null;

  @Field(() => [TargetOrder], { nullable: true, description: 'Sort order (default: year).' })
  orderBy?: InstanceType<typeof TargetOrder>[] | null;
}

/** Numbers users type: finite and within what the database holds precisely. */
export const MAX_ABS_VALUE = 1e15;

@InputType('TargetPatch', { description: 'Fields of a target to change.' })
export class TargetPatch {
  @Field(() => ID, { nullable: true, description: 'Indicator.' })
  indicatorId?: string;

  @Field(() => ID, { nullable: true, description: 'Plan that sets the target.' })
  planId?: string;

  @Field(() => Int, { nullable: true, description: 'Year.' })
  @IsOptional() @Min(1975) @Max(2200)
  periodYear?: number;

  @Field(() => String, { nullable: true, description: 'Exact due date, YYYY-MM-DD.' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'periodDate must be a date YYYY-MM-DD' })
  periodDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agency the target is cascaded to.' })
  agencyId?: string | null;

  @Field(() => AgencyLevel, { nullable: true, description: 'Administrative level the target is cascaded to.' })
  agencyLevel?: AgencyLevel | null;

  @Field(() => Float, { nullable: true, description: 'Target value.' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-MAX_ABS_VALUE) @Max(MAX_ABS_VALUE)
  value?: number;

  @Field(() => Comparator, { nullable: true, description: 'Comparator.' })
  comparator?: Comparator;

  @Field(() => String, { nullable: true, description: 'Source wording.' })
  @IsOptional() @Length(0, 5000)
  quotedText?: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional() @Length(0, 5000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'External key.' })
  @IsOptional() @Length(1, 128)
  externalKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateTargetInput', { description: 'A new target.' })
export class CreateTargetInput extends TargetPatch {
  @Field(() => ID, { description: 'Indicator.' })
  declare indicatorId: string;

  @Field(() => ID, { description: 'Plan that sets the target.' })
  declare planId: string;

  @Field(() => Int, { description: 'Year.' })
  declare periodYear: number;

  @Field(() => Float, { description: 'Target value.' })
  declare value: number;
}

@InputType('TargetPointInput', { description: 'One year of a target series.' })
export class TargetPointInput {
  @Field(() => Int, { description: 'Year.' })
  @Min(1975) @Max(2200)
  periodYear: number;

  @Field(() => Float, { description: 'Target value.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-MAX_ABS_VALUE) @Max(MAX_ABS_VALUE)
  value: number;

  @Field(() => Comparator, { nullable: true, description: 'Comparator (default: the series\' comparator).' })
  comparator?: Comparator | null;

  @Field(() => String, { nullable: true, description: 'Source wording.' })
  @IsOptional() @Length(0, 5000)
  quotedText?: string | null;
}

@InputType('SetTargetSeriesInput', { description: 'Targets of one indicator, set by one plan, for several years at once.' })
export class SetTargetSeriesInput {
  @Field(() => ID, { description: 'Indicator.' })
  indicatorId: string;

  @Field(() => ID, { description: 'Plan that sets the targets.' })
  planId: string;

  @Field(() => ID, { nullable: true, description: 'Agency the series is cascaded to (omit for the whole city).' })
  agencyId?: string | null;

  @Field(() => AgencyLevel, { nullable: true, description: 'Administrative level the series is cascaded to.' })
  agencyLevel?: AgencyLevel | null;

  @Field(() => Comparator, { defaultValue: Comparator.AT_LEAST, description: 'Comparator for every year that does not name its own.' })
  comparator: Comparator;

  @Field(() => [TargetPointInput], { description: 'The years and values. Years of this plan, indicator and scope that are not listed are left alone.' })
  points: TargetPointInput[];
}
