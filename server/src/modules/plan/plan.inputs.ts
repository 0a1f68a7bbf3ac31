import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../../common/pagination/connection';
import { CommonFilter } from '../../common/pagination/list-query';
import { PlanKind, PlanStatus } from './plan.entity';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CODE_PATTERN } from '../agency/agency.inputs';

export enum PlanOrderField { ID = 'ID', CODE = 'CODE', TITLE = 'TITLE', START_YEAR = 'START_YEAR', END_YEAR = 'END_YEAR', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(PlanOrderField, { name: 'PlanOrderField', description: 'Sortable fields of plans.' });
export const PLAN_ORDER = { ID: 'id', CODE: 'code', TITLE: 'title', START_YEAR: 'startYear', END_YEAR: 'endYear', UPDATED_AT: 'updatedAt' };
export const PlanOrder = OrderInput(PlanOrderField, 'Plan');

@InputType('PlanFilter', { description: 'Filter plans.' })
export class PlanFilter extends CommonFilter {
  @Field(() => [PlanKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: PlanKind[] | null;

  @Field(() => [PlanStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: PlanStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only direct children of this plan.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owned by this agency or one of its sub-agencies.' })
  ownerAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Implementing, or issued by, this instrument.' })
  instrumentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Plans whose period covers this year.' })
  year?: number | null;
}

@ArgsType()
export class PlanListArgs extends PageArgs {
  @Field(() => PlanFilter, { nullable: true, description: 'Filter.' })
  filter?: PlanFilter | null;

  @Field(() => [PlanOrder], { nullable: true, description: 'Sort order (default: start year, then code).' })
  orderBy?: InstanceType<typeof PlanOrder>[] | null;
}

@InputType('PlanPatch', { description: 'Fields of a plan to change.' })
export class PlanPatch {
  @Field(() => String, { nullable: true, description: 'Plan code.' })
  @IsOptional() @Length(1, 64) @Matches(CODE_PATTERN)
  code?: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional() @Length(1, 1000)
  title?: string;

  @Field(() => PlanKind, { nullable: true, description: 'Kind.' })
  kind?: PlanKind;

  @Field(() => Int, { nullable: true, description: 'First year.' })
  @IsOptional() @Min(1975) @Max(2200)
  startYear?: number;

  @Field(() => Int, { nullable: true, description: 'Last year.' })
  @IsOptional() @Min(1975) @Max(2200)
  endYear?: number;

  @Field(() => Int, { nullable: true, description: 'Orientation year.' })
  @IsOptional() @Min(1975) @Max(2200)
  visionYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'Parent plan.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owning agency.' })
  ownerAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Instrument that issued the plan.' })
  issuedByInstrumentId?: string | null;

  @Field(() => PlanStatus, { nullable: true, description: 'Status.' })
  status?: PlanStatus;

  @Field(() => String, { nullable: true, description: 'Summary.' })
  @IsOptional() @Length(0, 20000)
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreatePlanInput', { description: 'A new plan.' })
export class CreatePlanInput extends PlanPatch {
  @Field(() => String, { description: 'Plan code.' })
  declare code: string;

  @Field(() => String, { description: 'Title.' })
  declare title: string;

  @Field(() => PlanKind, { description: 'Kind.' })
  declare kind: PlanKind;

  @Field(() => Int, { description: 'First year.' })
  declare startYear: number;

  @Field(() => Int, { description: 'Last year.' })
  declare endYear: number;
}

@InputType('PlanInstrumentPatch', { description: 'Fields of a plan–instrument link to change.' })
export class PlanInstrumentPatch {
  @Field(() => ID, { nullable: true, description: 'Plan.' })
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'Instrument the plan implements.' })
  instrumentId?: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional() @Length(0, 5000)
  note?: string | null;
}

@InputType('CreatePlanInstrumentInput', { description: 'Record that a plan implements an instrument.' })
export class CreatePlanInstrumentInput extends PlanInstrumentPatch {
  @Field(() => ID, { description: 'Plan.' })
  declare planId: string;

  @Field(() => ID, { description: 'Instrument the plan implements.' })
  declare instrumentId: string;
}
