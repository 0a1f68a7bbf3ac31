import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Instrument } from '../instrument/instrument.entity';
import { SourceDocument } from '../source/source-document.entity';
import { Plan } from './plan.entity';

@ObjectType({ simpleResolvers: true, description: 'A plan implements an instrument (e.g. the 2024 plan implements resolution 98/2023/QH15).' })
@Entity({ name: 'plan_instrument' })
@Unique('UQ_plan_instrument', ['planId', 'instrumentId'])
@Index('IDX_plan_instrument_instrument', ['instrumentId'])
export class PlanInstrument extends BaseRecord {
  @Field(() => ID, { description: 'The plan.' })
  @Column({ type: 'int', name: 'plan_id' })
  planId: number;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_plan_instrument_plan' })
  plan?: Relation<Plan>;

  @Field(() => ID, { description: 'The instrument it implements.' })
  @Column({ type: 'int', name: 'instrument_id' })
  instrumentId: number;

  @ManyToOne(() => Instrument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instrument_id', foreignKeyConstraintName: 'FK_plan_instrument_instrument' })
  instrument?: Relation<Instrument>;

  @Field(() => String, { nullable: true, description: 'How the plan refers to the instrument.' })
  @Column({ type: 'text', name: 'note', nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_plan_instrument_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;
}
