import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../../common/pagination/connection';
import { MAX_ABS_VALUE, PeriodFilter } from '../target/target.inputs';
import { ReportStatus } from './measurement.entity';
import { IsNumber, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { DATE_PATTERN } from '../instrument/instrument.inputs';
import { Comparator } from '../target/target.entity';

export enum MeasurementOrderField { ID = 'ID', PERIOD_YEAR = 'PERIOD_YEAR', VALUE = 'VALUE', STATUS = 'STATUS', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(MeasurementOrderField, { name: 'MeasurementOrderField', description: 'Sortable fields of measurements.' });
export const MEASUREMENT_ORDER = { ID: 'id', PERIOD_YEAR: 'periodYear', VALUE: 'value', STATUS: 'status', UPDATED_AT: 'updatedAt' };
export const MeasurementOrder = OrderInput(MeasurementOrderField, 'Measurement');

@InputType('MeasurementFilter', { description: 'Filter measurements.' })
export class MeasurementFilter extends PeriodFilter {
  @Field(() => [ReportStatus], { nullable: true, description: 'Only these workflow states.' })
  statuses?: ReportStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only values produced by this organisation.' })
  sourceAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only values of indicators of this plan (listed in its groups or targeted by it).' })
  planId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only estimates (true) or only final figures (false).' })
  isEstimate?: boolean | null;
}

@ArgsType()
export class MeasurementListArgs extends PageArgs {
  @Field(() => MeasurementFilter, { nullable: true, description: 'Filter.' })
  filter?: MeasurementFilter | null;

  @Field(() => [MeasurementOrder], { nullable: true, description: 'Sort order (default: year).' })
  orderBy?: InstanceType<typeof MeasurementOrder>[] | null;
}

@InputType('MeasurementPatch', { description: 'Fields of a measurement to change.' })
export class MeasurementPatch {
  @Field(() => ID, { nullable: true, description: 'Indicator.' })
  indicatorId?: string;

  @Field(() => Int, { nullable: true, description: 'Year.' })
  @IsOptional() @Min(1975) @Max(2200)
  periodYear?: number;

  @Field(() => String, { nullable: true, description: 'Exact date, YYYY-MM-DD.' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'periodDate must be a date YYYY-MM-DD' })
  periodDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agency the value is for.' })
  agencyId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Numerator.' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-MAX_ABS_VALUE) @Max(MAX_ABS_VALUE)
  numerator?: number | null;

  @Field(() => Float, { nullable: true, description: 'Denominator.' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-MAX_ABS_VALUE) @Max(MAX_ABS_VALUE)
  denominator?: number | null;

  @Field(() => Float, { nullable: true, description: 'The figure as reported.' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-MAX_ABS_VALUE) @Max(MAX_ABS_VALUE)
  reportedValue?: number | null;

  @Field(() => String, { nullable: true, description: 'The figure as written, e.g. "80,4%" (its decimals set the precision it is checked to).' })
  @IsOptional() @Length(0, 255)
  reportedText?: string | null;

  @Field(() => Comparator, { nullable: true, description: 'How the source qualified the figure.' })
  qualifier?: Comparator;

  @Field(() => Boolean, { nullable: true, description: 'Whether the figure is an estimate.' })
  isEstimate?: boolean;

  @Field(() => ID, { nullable: true, description: 'Instrument the figure was published in.' })
  sourceInstrumentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Organisation that produced the figure.' })
  sourceAgencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence link (http or https).' })
  @IsOptional() @Length(0, 1000) @Matches(/^https?:\/\//, { message: 'evidenceUrl must start with http:// or https://' })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  @IsOptional() @Length(0, 5000)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Source wording.' })
  @IsOptional() @Length(0, 5000)
  quotedText?: string | null;

  @Field(() => String, { nullable: true, description: 'External key.' })
  @IsOptional() @Length(1, 128)
  externalKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateMeasurementInput', { description: 'A new measurement (recorded as a draft of the reporting agency).' })
export class CreateMeasurementInput extends MeasurementPatch {
  @Field(() => ID, { description: 'Indicator.' })
  declare indicatorId: string;

  @Field(() => Int, { description: 'Year.' })
  declare periodYear: number;
}
