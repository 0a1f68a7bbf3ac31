import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CODE_PATTERN } from '../agency/agency.inputs';
import { PillarKind } from './pillar.entity';

@InputType('PillarPatch', { description: 'Fields of a pillar to change.' })
export class PillarPatch {
  @Field(() => String, { nullable: true, description: 'Code.' })
  @IsOptional() @Length(1, 64) @Matches(CODE_PATTERN)
  code?: string;

  @Field(() => String, { nullable: true, description: 'Vietnamese name.' })
  @IsOptional() @Length(1, 255)
  nameVi?: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @IsOptional() @Length(0, 255)
  nameEn?: string | null;

  @Field(() => PillarKind, { nullable: true, description: 'Kind.' })
  kind?: PillarKind;

  @Field(() => Int, { nullable: true, description: 'Display order.' })
  @IsOptional() @Min(0) @Max(1000000)
  sortOrder?: number;

  @Field(() => String, { nullable: true, description: 'Description.' })
  @IsOptional() @Length(0, 5000)
  description?: string | null;
}

@InputType('CreatePillarInput', { description: 'A new pillar.' })
export class CreatePillarInput extends PillarPatch {
  @Field(() => String, { description: 'Code.' })
  declare code: string;

  @Field(() => String, { description: 'Vietnamese name.' })
  declare nameVi: string;

  @Field(() => PillarKind, { description: 'Kind.' })
  declare kind: PillarKind;
}
