import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { searchKey } from '../../common/text';
import { Agency } from '../agency/agency.entity';
import { Instrument } from '../instrument/instrument.entity';
import { SourceDocument } from '../source/source-document.entity';

export enum PlanKind {
  STRATEGY = 'STRATEGY',
  PROGRAMME = 'PROGRAMME',
  ANNUAL_PLAN = 'ANNUAL_PLAN',
  PROJECT = 'PROJECT',
}
registerEnumType(PlanKind, {
  name: 'PlanKind',
  description: 'What kind of plan.',
  valuesConfig: {
    STRATEGY: { description: 'A multi-year strategy or goal set (chiến lược, mục tiêu dài hạn).' },
    PROGRAMME: { description: 'A programme (chương trình) or a multi-year implementation plan.' },
    ANNUAL_PLAN: { description: 'A one-year plan or direction (kế hoạch năm, phương hướng năm).' },
    PROJECT: { description: 'A project (đề án).' },
  },
});

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'Lifecycle of a plan.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared.' },
    ACTIVE: { description: 'In execution.' },
    CLOSED: { description: 'Its period has ended.' },
    SUPERSEDED: { description: 'Replaced by another plan.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A plan the office manages (strategy, programme, annual plan, project). Plans form a tree and hold indicator groups and tasks.' })
@Entity({ name: 'plan' })
@Unique('UQ_plan_code', ['code'])
@Index('IDX_plan_parent', ['parentId'])
@Index('IDX_plan_owner', ['ownerAgencyId'])
export class Plan extends BaseRecord {
  @Field(() => String, { description: 'Stable plan code (natural key), e.g. `KH-2649-2023`.' })
  @Column({ type: 'varchar', length: 64, name: 'code' })
  code: string;

  @Field(() => String, { description: 'Title (Vietnamese).' })
  @Column({ type: 'varchar', length: 1000, name: 'title' })
  title: string;

  @Field(() => PlanKind, { description: 'Kind of plan.' })
  @Column({ type: 'varchar', length: 32, name: 'kind' })
  kind: PlanKind;

  @Field(() => Int, { description: 'First year the plan covers.' })
  @Column({ type: 'int', name: 'start_year' })
  startYear: number;

  @Field(() => Int, { description: 'Last year the plan covers (its horizon).' })
  @Column({ type: 'int', name: 'end_year' })
  endYear: number;

  @Field(() => Int, { nullable: true, description: 'Longer-term orientation year ("định hướng đến năm 2030"), where the plan names one.' })
  @Column({ type: 'int', name: 'vision_year', nullable: true })
  visionYear: number | null;

  @Field(() => ID, { nullable: true, description: 'Parent plan id.' })
  @Column({ type: 'int', name: 'parent_id', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Plan, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_plan_parent' })
  parent?: Relation<Plan> | null;

  @Field(() => ID, { nullable: true, description: 'Owning agency id.' })
  @Column({ type: 'int', name: 'owner_agency_id', nullable: true })
  ownerAgencyId: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_agency_id', foreignKeyConstraintName: 'FK_plan_owner_agency' })
  ownerAgency?: Relation<Agency> | null;

  @Field(() => ID, { nullable: true, description: 'Id of the instrument that issued this plan (e.g. the plan document 2649/KH-UBND).' })
  @Column({ type: 'int', name: 'issued_by_instrument_id', nullable: true })
  issuedByInstrumentId: number | null;

  @ManyToOne(() => Instrument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_instrument_id', foreignKeyConstraintName: 'FK_plan_issued_by_instrument' })
  issuedByInstrument?: Relation<Instrument> | null;

  @Field(() => PlanStatus, { description: 'Lifecycle status.' })
  @Column({ type: 'varchar', length: 32, name: 'status', default: PlanStatus.ACTIVE })
  status: PlanStatus;

  @Field(() => String, { nullable: true, description: 'Summary: objectives, theme of the year.' })
  @Column({ type: 'text', name: 'summary', nullable: true })
  summary: string | null;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_plan_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;

  @Column({ type: 'varchar', length: 2000, name: 'search_text', default: '' })
  searchText: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = searchKey(this.code, this.title, this.summary);
  }
}
