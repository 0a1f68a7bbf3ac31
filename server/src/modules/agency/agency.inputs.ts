import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../../common/pagination/connection';
import { CommonFilter } from '../../common/pagination/list-query';
import { AgencyKind } from './agency.entity';
import { IsOptional, Length, Matches } from 'class-validator';

export enum AgencyOrderField { ID = 'ID', CODE = 'CODE', NAME = 'NAME', KIND = 'KIND', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(AgencyOrderField, { name: 'AgencyOrderField', description: 'Sortable fields of agencies.' });
export const AGENCY_ORDER = { ID: 'id', CODE: 'code', NAME: 'nameVi', KIND: 'kind', UPDATED_AT: 'updatedAt' };
export const AgencyOrder = OrderInput(AgencyOrderField, 'Agency');

@InputType('AgencyFilter', { description: 'Filter agencies.' })
export class AgencyFilter extends CommonFilter {
  @Field(() => [AgencyKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: AgencyKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only direct children of this agency.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This agency and all its sub-agencies.' })
  withinAgencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only roots of the tree (no parent).' })
  rootsOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) agencies.' })
  active?: boolean | null;
}

@ArgsType()
export class AgencyListArgs extends PageArgs {
  @Field(() => AgencyFilter, { nullable: true, description: 'Filter.' })
  filter?: AgencyFilter | null;

  @Field(() => [AgencyOrder], { nullable: true, description: 'Sort order (default: code).' })
  orderBy?: InstanceType<typeof AgencyOrder>[] | null;
}

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/&-]*$/;

@InputType('AgencyPatch', { description: 'Fields of an agency to change.' })
export class AgencyPatch {
  @Field(() => String, { nullable: true, description: 'Agency code (letters, digits, . _ : / & -).' })
  @IsOptional() @Length(1, 64) @Matches(CODE_PATTERN)
  code?: string;

  @Field(() => String, { nullable: true, description: 'Vietnamese name.' })
  @IsOptional() @Length(1, 255)
  nameVi?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @IsOptional() @Length(0, 255)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Short name.' })
  @IsOptional() @Length(0, 64)
  shortName?: string | null;

  @Field(() => AgencyKind, { nullable: true, description: 'Kind of body.' })
  kind?: AgencyKind;

  @Field(() => ID, { nullable: true, description: 'Parent agency.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Active.' })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateAgencyInput', { description: 'A new agency.' })
export class CreateAgencyInput extends AgencyPatch {
  @Field(() => String, { description: 'Agency code (letters, digits, . _ : / & -).' })
  declare code: string;

  @Field(() => String, { description: 'Vietnamese name.' })
  declare nameVi: string;

  @Field(() => AgencyKind, { description: 'Kind of body.' })
  declare kind: AgencyKind;
}
