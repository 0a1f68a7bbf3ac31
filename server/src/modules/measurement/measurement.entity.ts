import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Agency } from '../agency/agency.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Instrument } from '../instrument/instrument.entity';
import { SourceDocument } from '../source/source-document.entity';
import { Comparator } from '../target/target.entity';
import { User } from '../user/user.entity';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Reporting workflow state: draft → submitted → returned (with a reason) or approved (locked).',
  valuesConfig: {
    DRAFT: { description: 'Being prepared by the reporting agency.' },
    SUBMITTED: { description: 'Sent to the office for review.' },
    RETURNED: { description: 'Sent back to the agency with a reason.' },
    APPROVED: { description: 'Approved by the office; locked until reopened.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A measurement (số liệu thực hiện): a value of an indicator for a period, with its parts, the figure as quoted, its source and its workflow state.' })
@Entity({ name: 'measurement' })
@Unique('UQ_measurement_external_key', ['externalKey'])
@Index('IDX_measurement_indicator_period', ['indicatorId', 'periodYear'])
@Index('IDX_measurement_agency', ['agencyId'])
// Lists of one workflow state ranked by value ("approved values, highest first") walk this index
// in order (the id breaks ties in the same direction); the year is in it for the usual period filter.
@Index('IDX_measurement_status_value', ['status', 'value', 'id', 'periodYear'])
export class Measurement extends BaseRecord {
  @Field(() => ID, { description: 'The indicator.' })
  @Column({ type: 'int', name: 'indicator_id' })
  indicatorId: number;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_measurement_indicator' })
  indicator?: Relation<Indicator>;

  @Field(() => Int, { description: 'Year the value is for.' })
  @Column({ type: 'int', name: 'period_year' })
  periodYear: number;

  @Field(() => String, { nullable: true, description: 'Exact date the value is for (YYYY-MM-DD), where known.' })
  @Column({ type: 'date', name: 'period_date', nullable: true })
  periodDate: string | null;

  @Field(() => ID, { nullable: true, description: 'Agency the value is for / reported by (null: the whole city).' })
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_measurement_agency' })
  agency?: Relation<Agency> | null;

  /** Stored value: computed from the parts where they exist, else the reported figure. */
  @Column({ type: 'double', name: 'value', nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'Numerator (e.g. dossiers handled fully online).' })
  @Column({ type: 'double', name: 'numerator', nullable: true })
  numerator: number | null;

  @Field(() => Float, { nullable: true, description: 'Denominator (e.g. all dossiers).' })
  @Column({ type: 'double', name: 'denominator', nullable: true })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: 'The figure as officially quoted (e.g. 80.4 for "đạt tỉ lệ 80,4%"). Kept even where it disagrees with its parts.' })
  @Column({ type: 'double', name: 'reported_value', nullable: true })
  reportedValue: number | null;

  @Field(() => String, { nullable: true, description: 'The quoted figure as written in the source, e.g. "80,4%".' })
  @Column({ type: 'varchar', length: 255, name: 'reported_text', nullable: true })
  reportedText: string | null;

  @Field(() => Int, { nullable: true, description: 'Decimal places the quoted figure was given with (its precision).' })
  @Column({ type: 'int', name: 'reported_decimals', nullable: true })
  reportedDecimals: number | null;

  @Field(() => Comparator, { description: 'How the source qualified the figure: EXACTLY, ABOUT ("gần", "khoảng"), MORE_THAN ("hơn").' })
  @Column({ type: 'varchar', length: 32, name: 'qualifier', default: Comparator.EXACTLY })
  qualifier: Comparator;

  @Field(() => Boolean, { description: 'Whether the figure is an estimate ("ước đạt", "dự kiến").' })
  @Column({ type: 'boolean', name: 'is_estimate', default: false })
  isEstimate: boolean;

  @Field(() => ID, { nullable: true, description: 'Instrument (e.g. a report) the figure was published in.' })
  @Column({ type: 'int', name: 'source_instrument_id', nullable: true })
  sourceInstrumentId: number | null;

  @ManyToOne(() => Instrument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_instrument_id', foreignKeyConstraintName: 'FK_measurement_source_instrument' })
  sourceInstrument?: Relation<Instrument> | null;

  @Field(() => ID, { nullable: true, description: 'Organisation that produced the figure (e.g. the Ministry of Information and Communications, HIDS).' })
  @Column({ type: 'int', name: 'source_agency_id', nullable: true })
  sourceAgencyId: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_agency_id', foreignKeyConstraintName: 'FK_measurement_source_agency' })
  sourceAgency?: Relation<Agency> | null;

  @Field(() => String, { nullable: true, description: 'Link to the evidence.' })
  @Column({ type: 'varchar', length: 1000, name: 'evidence_url', nullable: true })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Comment from the reporter.' })
  @Column({ type: 'text', name: 'comment', nullable: true })
  comment: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence of the source that gives the figure, verbatim.' })
  @Column({ type: 'text', name: 'quoted_text', nullable: true })
  quotedText: string | null;

  @Field(() => ReportStatus, { description: 'Workflow state.' })
  @Column({ type: 'varchar', length: 32, name: 'status', default: ReportStatus.DRAFT })
  status: ReportStatus;

  @Field(() => String, { nullable: true, description: 'Why the office returned the report.' })
  @Column({ type: 'text', name: 'return_reason', nullable: true })
  returnReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the report was submitted.' })
  @Column({ type: 'datetime', name: 'submitted_at', precision: 6, nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the report was approved.' })
  @Column({ type: 'datetime', name: 'approved_at', precision: 6, nullable: true })
  approvedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who submitted the report.' })
  @Column({ type: 'int', name: 'submitted_by_id', nullable: true })
  submittedById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'FK_measurement_submitted_by' })
  submittedBy?: Relation<User> | null;

  @Field(() => Date, { nullable: true, description: 'When the office last approved, returned or reopened the report.' })
  @Column({ type: 'datetime', name: 'reviewed_at', precision: 6, nullable: true })
  reviewedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who last approved, returned or reopened the report (the approver, for approved values).' })
  @Column({ type: 'int', name: 'reviewed_by_id', nullable: true })
  reviewedById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by_id', foreignKeyConstraintName: 'FK_measurement_reviewed_by' })
  reviewedBy?: Relation<User> | null;

  @Field(() => String, { nullable: true, description: 'Stable key given by the seed or an importing system; lets re-imports update instead of duplicating.' })
  @Column({ type: 'varchar', length: 128, name: 'external_key', nullable: true })
  externalKey: string | null;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_measurement_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;
}
