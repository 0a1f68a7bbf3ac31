import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../../common/pagination/connection';
import { CommonFilter } from '../../common/pagination/list-query';
import { InstrumentKind, InstrumentStatus } from './instrument.entity';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { InstrumentLinkKind } from './instrument-link.entity';

export enum InstrumentOrderField { ID = 'ID', NUMBER = 'NUMBER', TITLE = 'TITLE', ISSUED_ON = 'ISSUED_ON', ISSUED_YEAR = 'ISSUED_YEAR', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(InstrumentOrderField, { name: 'InstrumentOrderField', description: 'Sortable fields of instruments.' });
export const INSTRUMENT_ORDER = { ID: 'id', NUMBER: 'number', TITLE: 'title', ISSUED_ON: 'issuedOn', ISSUED_YEAR: 'issuedYear', UPDATED_AT: 'updatedAt' };
export const InstrumentOrder = OrderInput(InstrumentOrderField, 'Instrument');

@InputType('InstrumentFilter', { description: 'Filter instruments.' })
export class InstrumentFilter extends CommonFilter {
  @Field(() => [InstrumentKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: InstrumentKind[] | null;

  @Field(() => [InstrumentStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: InstrumentStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Issued by this agency or one of its sub-agencies.' })
  issuerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Issued in or after this year.' })
  issuedFromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Issued in or before this year.' })
  issuedToYear?: number | null;
}

@ArgsType()
export class InstrumentListArgs extends PageArgs {
  @Field(() => InstrumentFilter, { nullable: true, description: 'Filter.' })
  filter?: InstrumentFilter | null;

  @Field(() => [InstrumentOrder], { nullable: true, description: 'Sort order (default: year, then number).' })
  orderBy?: InstanceType<typeof InstrumentOrder>[] | null;
}

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType('InstrumentPatch', { description: 'Fields of an instrument to change.' })
export class InstrumentPatch {
  @Field(() => String, { nullable: true, description: 'Number and symbol as written, e.g. "17-CT/TU".' })
  @IsOptional() @Length(1, 64)
  number?: string | null;

  @Field(() => InstrumentKind, { nullable: true, description: 'Kind.' })
  kind?: InstrumentKind;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional() @Length(1, 1000)
  title?: string;

  @Field(() => ID, { nullable: true, description: 'Issuing agency.' })
  issuerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of issue, YYYY-MM-DD.' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'issuedOn must be a date YYYY-MM-DD' })
  issuedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of issue.' })
  @IsOptional() @Min(1900) @Max(2200)
  issuedYear?: number | null;

  @Field(() => InstrumentStatus, { nullable: true, description: 'Legal status.' })
  status?: InstrumentStatus;

  @Field(() => String, { nullable: true, description: 'Summary.' })
  @IsOptional() @Length(0, 20000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'How a source quotes it, verbatim.' })
  @IsOptional() @Length(0, 5000)
  quotedReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the official text.' })
  @IsOptional() @Length(0, 1000) @Matches(/^https?:\/\//, { message: 'url must start with http:// or https://' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateInstrumentInput', { description: 'A new instrument.' })
export class CreateInstrumentInput extends InstrumentPatch {
  @Field(() => InstrumentKind, { description: 'Kind.' })
  declare kind: InstrumentKind;

  @Field(() => String, { description: 'Title.' })
  declare title: string;
}

@InputType('InstrumentLinkPatch', { description: 'Fields of an instrument link to change.' })
export class InstrumentLinkPatch {
  @Field(() => ID, { nullable: true, description: 'From instrument.' })
  fromInstrumentId?: string;

  @Field(() => ID, { nullable: true, description: 'To instrument.' })
  toInstrumentId?: string;

  @Field(() => InstrumentLinkKind, { nullable: true, description: 'Kind of link.' })
  kind?: InstrumentLinkKind;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional() @Length(0, 5000)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateInstrumentLinkInput', { description: 'A new link between instruments.' })
export class CreateInstrumentLinkInput extends InstrumentLinkPatch {
  @Field(() => ID, { description: 'From instrument.' })
  declare fromInstrumentId: string;

  @Field(() => ID, { description: 'To instrument.' })
  declare toInstrumentId: string;

  @Field(() => InstrumentLinkKind, { description: 'Kind of link.' })
  declare kind: InstrumentLinkKind;
}
