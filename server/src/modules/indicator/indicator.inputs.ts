import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../../common/pagination/connection';
import { CommonFilter } from '../../common/pagination/list-query';
import { IndicatorAggregation, IndicatorDirection, IndicatorMeasure, ProgressMethod, ReportingFrequency } from './indicator.entity';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CODE_PATTERN } from '../agency/agency.inputs';

export enum IndicatorOrderField { ID = 'ID', CODE = 'CODE', NAME = 'NAME', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(IndicatorOrderField, { name: 'IndicatorOrderField', description: 'Sortable fields of indicators.' });
export const INDICATOR_ORDER = { ID: 'id', CODE: 'code', NAME: 'name', UPDATED_AT: 'updatedAt' };
export const IndicatorOrder = OrderInput(IndicatorOrderField, 'Indicator');

@InputType('IndicatorFilter', { description: 'Filter indicators.' })
export class IndicatorFilter extends CommonFilter {
  @Field(() => [ID], { nullable: true, description: 'Only indicators of these pillars.' })
  pillarIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only indicators a plan lists in its groups or sets targets for.' })
  planId?: string | null;

  @Field(() => [IndicatorMeasure], { nullable: true, description: 'Only these measures.' })
  measures?: IndicatorMeasure[] | null;

  @Field(() => ID, { nullable: true, description: 'Only indicators (or their targets) assigned to this agency or one of its sub-agencies.' })
  agencyId?: string | null;
}

@ArgsType()
export class IndicatorListArgs extends PageArgs {
  @Field(() => IndicatorFilter, { nullable: true, description: 'Filter.' })
  filter?: IndicatorFilter | null;

  @Field(() => [IndicatorOrder], { nullable: true, description: 'Sort order (default: code).' })
  orderBy?: InstanceType<typeof IndicatorOrder>[] | null;
}

@InputType('IndicatorPatch', { description: 'Fields of an indicator to change.' })
export class IndicatorPatch {
  @Field(() => String, { nullable: true, description: 'Indicator code.' })
  @IsOptional() @Length(1, 64) @Matches(CODE_PATTERN)
  code?: string;

  @Field(() => String, { nullable: true, description: 'Name.' })
  @IsOptional() @Length(1, 1000)
  name?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @IsOptional() @Length(0, 1000)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Definition.' })
  @IsOptional() @Length(0, 20000)
  definition?: string | null;

  @Field(() => IndicatorMeasure, { nullable: true, description: 'Measure.' })
  measure?: IndicatorMeasure;

  @Field(() => String, { nullable: true, description: 'Unit.' })
  @IsOptional() @Length(1, 32)
  unit?: string;

  @Field(() => IndicatorDirection, { nullable: true, description: 'Direction.' })
  direction?: IndicatorDirection;

  @Field(() => IndicatorAggregation, { nullable: true, description: 'Aggregation.' })
  aggregation?: IndicatorAggregation;

  @Field(() => ProgressMethod, { nullable: true, description: 'Progress method.' })
  progressMethod?: ProgressMethod;

  @Field(() => Float, { nullable: true, description: 'Baseline value.' })
  @IsOptional() @Min(-1e15) @Max(1e15)
  baselineValue?: number | null;

  @Field(() => Int, { nullable: true, description: 'Baseline year.' })
  @IsOptional() @Min(1975) @Max(2200)
  baselineYear?: number | null;

  @Field(() => ReportingFrequency, { nullable: true, description: 'Reporting frequency.' })
  frequency?: ReportingFrequency;

  @Field(() => String, { nullable: true, description: 'Data source.' })
  @IsOptional() @Length(0, 500)
  dataSource?: string | null;

  @Field(() => ID, { nullable: true, description: 'Pillar.' })
  pillarId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateIndicatorInput', { description: 'A new indicator.' })
export class CreateIndicatorInput extends IndicatorPatch {
  @Field(() => String, { description: 'Indicator code.' })
  declare code: string;

  @Field(() => String, { description: 'Name.' })
  declare name: string;

  @Field(() => IndicatorMeasure, { description: 'Measure.' })
  declare measure: IndicatorMeasure;

  @Field(() => String, { description: 'Unit.' })
  declare unit: string;

  @Field(() => IndicatorAggregation, { description: 'Aggregation.' })
  declare aggregation: IndicatorAggregation;
}

@InputType('IndicatorGroupPatch', { description: 'Fields of an indicator group to change.' })
export class IndicatorGroupPatch {
  @Field(() => ID, { nullable: true, description: 'Plan.' })
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'Pillar.' })
  pillarId?: string | null;

  @Field(() => String, { nullable: true, description: 'Code within the plan.' })
  @IsOptional() @Length(1, 64) @Matches(CODE_PATTERN)
  code?: string;

  @Field(() => String, { nullable: true, description: 'Name.' })
  @IsOptional() @Length(1, 500)
  name?: string;

  @Field(() => Int, { nullable: true, description: 'Declared number of indicators.' })
  @IsOptional() @Min(0) @Max(10000)
  declaredCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Display order.' })
  @IsOptional() @Min(0) @Max(1000000)
  sortOrder?: number;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateIndicatorGroupInput', { description: 'A new indicator group of a plan.' })
export class CreateIndicatorGroupInput extends IndicatorGroupPatch {
  @Field(() => ID, { description: 'Plan.' })
  declare planId: string;

  @Field(() => String, { description: 'Code within the plan.' })
  declare code: string;

  @Field(() => String, { description: 'Name.' })
  declare name: string;
}

@InputType('IndicatorGroupMemberPatch', { description: 'Fields of a group line to change.' })
export class IndicatorGroupMemberPatch {
  @Field(() => ID, { nullable: true, description: 'Group.' })
  groupId?: string;

  @Field(() => ID, { nullable: true, description: 'Indicator.' })
  indicatorId?: string;

  @Field(() => Int, { nullable: true, description: 'Position.' })
  @IsOptional() @Min(0) @Max(1000000)
  sortOrder?: number;

  @Field(() => String, { nullable: true, description: 'The plan\'s wording.' })
  @IsOptional() @Length(0, 5000)
  quotedText?: string | null;
}

@InputType('CreateIndicatorGroupMemberInput', { description: 'List an indicator in a group.' })
export class CreateIndicatorGroupMemberInput extends IndicatorGroupMemberPatch {
  @Field(() => ID, { description: 'Group.' })
  declare groupId: string;

  @Field(() => ID, { description: 'Indicator.' })
  declare indicatorId: string;
}
