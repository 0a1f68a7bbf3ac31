import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Unique } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** A document the programme's data was taken from (a news report, a legal summary, an agency report). */
@ObjectType({ simpleResolvers: true, description: 'A source document: where a seeded or imported row came from (provenance).' })
@Entity({ name: 'source_document' })
@Unique('UQ_source_document_code', ['code'])
export class SourceDocument extends BaseRecord {
  @Field(() => String, { description: 'Short stable code, e.g. `SRC-2025-REPORT`.' })
  @Column({ type: 'varchar', length: 64, name: 'code' })
  code: string;

  @Field(() => String, { description: 'Headline or title as published (Vietnamese).' })
  @Column({ type: 'varchar', length: 500, name: 'title' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Who published the document (newspaper, legal database, agency).' })
  @Column({ type: 'varchar', length: 255, name: 'publisher', nullable: true })
  publisher: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD) where known.' })
  @Column({ type: 'date', name: 'published_on', nullable: true })
  publishedOn: string | null;

  @Field(() => String, { nullable: true, description: 'File name of the copy kept with the system (shared/seeds).' })
  @Column({ type: 'varchar', length: 255, name: 'file_name', nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the original, where known.' })
  @Column({ type: 'varchar', length: 1000, name: 'url', nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'What the document covers.' })
  @Column({ type: 'text', name: 'summary', nullable: true })
  summary: string | null;
}
