import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { SourceDocument } from '../source/source-document.entity';
import { Instrument } from './instrument.entity';

export enum InstrumentLinkKind {
  IMPLEMENTS = 'IMPLEMENTS',
  AMENDS = 'AMENDS',
  SUPERSEDES = 'SUPERSEDES',
  CITES = 'CITES',
}
registerEnumType(InstrumentLinkKind, {
  name: 'InstrumentLinkKind',
  description: 'How one instrument relates to another (read: `from` <kind> `to`).',
  valuesConfig: {
    IMPLEMENTS: { description: '`from` implements `to` (triển khai, thực hiện).' },
    AMENDS: { description: '`from` amends `to` (sửa đổi, bổ sung).' },
    SUPERSEDES: { description: '`from` replaces `to` (thay thế).' },
    CITES: { description: '`from` refers to `to` (căn cứ, dẫn chiếu).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A typed link between two instruments.' })
@Entity({ name: 'instrument_link' })
@Unique('UQ_instrument_link', ['fromInstrumentId', 'toInstrumentId', 'kind'])
@Index('IDX_instrument_link_to', ['toInstrumentId'])
export class InstrumentLink extends BaseRecord {
  @Field(() => ID, { description: 'The instrument the link starts from.' })
  @Column({ type: 'int', name: 'from_instrument_id' })
  fromInstrumentId: number;

  @ManyToOne(() => Instrument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_instrument_id', foreignKeyConstraintName: 'FK_instrument_link_from' })
  fromInstrument?: Relation<Instrument>;

  @Field(() => ID, { description: 'The instrument the link points to.' })
  @Column({ type: 'int', name: 'to_instrument_id' })
  toInstrumentId: number;

  @ManyToOne(() => Instrument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_instrument_id', foreignKeyConstraintName: 'FK_instrument_link_to' })
  toInstrument?: Relation<Instrument>;

  @Field(() => InstrumentLinkKind, { description: 'Kind of link.' })
  @Column({ type: 'varchar', length: 32, name: 'kind' })
  kind: InstrumentLinkKind;

  @Field(() => String, { nullable: true, description: 'Free note, e.g. the clause that makes the link.' })
  @Column({ type: 'text', name: 'note', nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_instrument_link_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;
}
