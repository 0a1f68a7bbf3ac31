import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { searchKey } from '../../common/text';
import { Agency } from '../agency/agency.entity';
import { SourceDocument } from '../source/source-document.entity';

export enum InstrumentKind {
  DIRECTIVE = 'DIRECTIVE',
  DECISION = 'DECISION',
  RESOLUTION = 'RESOLUTION',
  PLAN = 'PLAN',
  STRATEGY = 'STRATEGY',
  PROGRAMME = 'PROGRAMME',
  PROJECT = 'PROJECT',
  REPORT = 'REPORT',
  OTHER = 'OTHER',
}
registerEnumType(InstrumentKind, {
  name: 'InstrumentKind',
  description: 'Kind of legal or policy document.',
  valuesConfig: {
    DIRECTIVE: { description: 'Chỉ thị (directive).' },
    DECISION: { description: 'Quyết định (decision).' },
    RESOLUTION: { description: 'Nghị quyết (resolution).' },
    PLAN: { description: 'Kế hoạch (plan document).' },
    STRATEGY: { description: 'Chiến lược (strategy).' },
    PROGRAMME: { description: 'Chương trình (programme).' },
    PROJECT: { description: 'Đề án (project).' },
    REPORT: { description: 'Báo cáo (report).' },
    OTHER: { description: 'Any other document.' },
  },
});

export enum InstrumentStatus {
  IN_FORCE = 'IN_FORCE',
  EXPIRED = 'EXPIRED',
  SUPERSEDED = 'SUPERSEDED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(InstrumentStatus, {
  name: 'InstrumentStatus',
  description: 'Legal status of an instrument.',
  valuesConfig: {
    IN_FORCE: { description: 'In force (còn hiệu lực).' },
    EXPIRED: { description: 'Expired (hết hiệu lực).' },
    SUPERSEDED: { description: 'Replaced by another instrument.' },
    UNKNOWN: { description: 'Not stated by the sources.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A legal or policy instrument (the design calls these directives): directive, decision, resolution, plan document, strategy, programme, project or report.' })
@Entity({ name: 'instrument' })
@Unique('UQ_instrument_number', ['number'])
@Index('IDX_instrument_issuer', ['issuerId'])
export class Instrument extends BaseRecord {
  @Field(() => String, { nullable: true, description: 'Number and symbol exactly as written, e.g. `17-CT/TU`, `06/QĐ-TTg` (natural key). Null where the sources name the document without a number.' })
  @Column({ type: 'varchar', length: 64, name: 'number', nullable: true })
  number: string | null;

  @Field(() => InstrumentKind, { description: 'Kind of document.' })
  @Column({ type: 'varchar', length: 32, name: 'kind' })
  kind: InstrumentKind;

  @Field(() => String, { description: 'Title (Vietnamese), as the sources give it.' })
  @Column({ type: 'varchar', length: 1000, name: 'title' })
  title: string;

  @Field(() => ID, { nullable: true, description: 'Issuing agency id.' })
  @Column({ type: 'int', name: 'issuer_id', nullable: true })
  issuerId: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id', foreignKeyConstraintName: 'FK_instrument_issuer' })
  issuer?: Relation<Agency> | null;

  @Field(() => String, { nullable: true, description: 'Date of issue (YYYY-MM-DD) where the sources give it.' })
  @Column({ type: 'date', name: 'issued_on', nullable: true })
  issuedOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of issue (known even where the exact date is not).' })
  @Column({ type: 'int', name: 'issued_year', nullable: true })
  issuedYear: number | null;

  @Field(() => InstrumentStatus, { description: 'Legal status.' })
  @Column({ type: 'varchar', length: 32, name: 'status', default: InstrumentStatus.UNKNOWN })
  status: InstrumentStatus;

  @Field(() => String, { nullable: true, description: 'What the instrument does.' })
  @Column({ type: 'text', name: 'summary', nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'How the source quotes the instrument, verbatim (keeps inconsistencies such as a number and a date that disagree).' })
  @Column({ type: 'text', name: 'quoted_reference', nullable: true })
  quotedReference: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the official text.' })
  @Column({ type: 'varchar', length: 1000, name: 'url', nullable: true })
  url: string | null;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_instrument_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;

  @Column({ type: 'varchar', length: 2000, name: 'search_text', default: '' })
  searchText: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = searchKey(this.number, this.title, this.summary);
  }
}
