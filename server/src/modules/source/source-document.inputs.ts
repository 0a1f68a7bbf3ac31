import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CODE_PATTERN } from '../agency/agency.inputs';
import { DATE_PATTERN } from '../instrument/instrument.inputs';

@InputType('SourceDocumentPatch', { description: 'Fields of a source document to change.' })
export class SourceDocumentPatch {
  @Field(() => String, { nullable: true, description: 'Code.' })
  @IsOptional() @Length(1, 64) @Matches(CODE_PATTERN)
  code?: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional() @Length(1, 500)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Publisher.' })
  @IsOptional() @Length(0, 255)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD.' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'publishedOn must be a date YYYY-MM-DD' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'File name.' })
  @IsOptional() @Length(0, 255)
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: 'Link (http or https).' })
  @IsOptional() @Length(0, 1000) @Matches(/^https?:\/\//, { message: 'url must start with http:// or https://' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary.' })
  @IsOptional() @Length(0, 20000)
  summary?: string | null;
}

@InputType('CreateSourceDocumentInput', { description: 'A new source document.' })
export class CreateSourceDocumentInput extends SourceDocumentPatch {
  @Field(() => String, { description: 'Code.' })
  declare code: string;

  @Field(() => String, { description: 'Title.' })
  declare title: string;
}
