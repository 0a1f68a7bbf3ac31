import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Agency } from '../agency/agency.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Plan } from '../plan/plan.entity';
import { SourceDocument } from '../source/source-document.entity';

export enum Comparator {
  AT_LEAST = 'AT_LEAST',
  MORE_THAN = 'MORE_THAN',
  AT_MOST = 'AT_MOST',
  LESS_THAN = 'LESS_THAN',
  EXACTLY = 'EXACTLY',
  ABOUT = 'ABOUT',
}
registerEnumType(Comparator, {
  name: 'Comparator',
  description: 'How a value is compared with a target, or how a quoted figure was qualified.',
  valuesConfig: {
    AT_LEAST: { description: '≥ ("tối thiểu", "từ … trở lên", "đạt").' },
    MORE_THAN: { description: '> ("trên", "hơn").' },
    AT_MOST: { description: '≤ ("tối đa").' },
    LESS_THAN: { description: '< ("dưới").' },
    EXACTLY: { description: '= (a milestone or an exact figure).' },
    ABOUT: { description: '≈ ("khoảng", "gần").' },
  },
});

export enum AgencyLevel {
  CITY = 'CITY',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(AgencyLevel, {
  name: 'AgencyLevel',
  description: 'Administrative level a cascaded target applies to.',
  valuesConfig: {
    CITY: { description: 'City level.' },
    DEPARTMENT: { description: 'City departments (sở, ban, ngành).' },
    DISTRICT: { description: 'District level (cấp huyện: Thủ Đức city, districts).' },
    COMMUNE: { description: 'Commune level (cấp xã: wards, communes, townships).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A target: the value a plan sets for an indicator in a period, optionally for one agency or administrative level.' })
@Entity({ name: 'target' })
@Unique('UQ_target_external_key', ['externalKey'])
@Index('IDX_target_indicator_period', ['indicatorId', 'periodYear'])
@Index('IDX_target_plan', ['planId'])
@Index('IDX_target_agency', ['agencyId'])
export class Target extends BaseRecord {
  @Field(() => ID, { description: 'The indicator.' })
  @Column({ type: 'int', name: 'indicator_id' })
  indicatorId: number;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_target_indicator' })
  indicator?: Relation<Indicator>;

  @Field(() => ID, { description: 'The plan that set the target.' })
  @Column({ type: 'int', name: 'plan_id' })
  planId: number;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_target_plan' })
  plan?: Relation<Plan>;

  @Field(() => Int, { description: 'Year the target is due.' })
  @Column({ type: 'int', name: 'period_year' })
  periodYear: number;

  @Field(() => String, { nullable: true, description: 'Exact due date (YYYY-MM-DD), where the target has one.' })
  @Column({ type: 'date', name: 'period_date', nullable: true })
  periodDate: string | null;

  @Field(() => ID, { nullable: true, description: 'Agency the target is cascaded to (null: the whole city).' })
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_target_agency' })
  agency?: Relation<Agency> | null;

  @Field(() => AgencyLevel, { nullable: true, description: 'Administrative level the target is cascaded to (e.g. 70% / 60% / 55% for department / district / commune).' })
  @Column({ type: 'varchar', length: 32, name: 'agency_level', nullable: true })
  agencyLevel: AgencyLevel | null;

  @Field(() => Float, { description: 'Target value in the indicator\'s unit.' })
  @Column({ type: 'double', name: 'value' })
  value: number;

  @Field(() => Comparator, { description: 'How the value is to be met.' })
  @Column({ type: 'varchar', length: 32, name: 'comparator', default: Comparator.AT_LEAST })
  comparator: Comparator;

  @Field(() => String, { nullable: true, description: 'The sentence of the source that sets the target, verbatim.' })
  @Column({ type: 'text', name: 'quoted_text', nullable: true })
  quotedText: string | null;

  @Field(() => String, { nullable: true, description: 'Free note.' })
  @Column({ type: 'text', name: 'note', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Stable key given by the seed or an importing system; lets re-imports update instead of duplicating.' })
  @Column({ type: 'varchar', length: 128, name: 'external_key', nullable: true })
  externalKey: string | null;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_target_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;
}
