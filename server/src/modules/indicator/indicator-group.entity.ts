import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Plan } from '../plan/plan.entity';
import { SourceDocument } from '../source/source-document.entity';
import { Indicator } from './indicator.entity';

@ObjectType({ simpleResolvers: true, description: 'A plan\'s group of indicators, e.g. "Chỉ tiêu về Chính quyền số (8 chỉ tiêu)".' })
@Entity({ name: 'indicator_group' })
@Unique('UQ_indicator_group_plan_code', ['planId', 'code'])
@Index('IDX_indicator_group_pillar', ['pillarId'])
export class IndicatorGroup extends BaseRecord {
  @Field(() => ID, { description: 'Plan the group belongs to.' })
  @Column({ type: 'int', name: 'plan_id' })
  planId: number;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_indicator_group_plan' })
  plan?: Relation<Plan>;

  @Field(() => ID, { nullable: true, description: 'Pillar the group belongs to.' })
  @Column({ type: 'int', name: 'pillar_id', nullable: true })
  pillarId: number | null;

  @ManyToOne(() => Pillar, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pillar_id', foreignKeyConstraintName: 'FK_indicator_group_pillar' })
  pillar?: Relation<Pillar> | null;

  @Field(() => String, { description: 'Code within the plan, e.g. `G1`.' })
  @Column({ type: 'varchar', length: 64, name: 'code' })
  code: string;

  @Field(() => String, { description: 'Name as the plan gives it.' })
  @Column({ type: 'varchar', length: 500, name: 'name' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'How many indicators the plan says the group has ("8 chỉ tiêu"). Compared with the indicators actually listed.' })
  @Column({ type: 'int', name: 'declared_count', nullable: true })
  declaredCount: number | null;

  @Field(() => Int, { description: 'Display order within the plan.' })
  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder: number;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_indicator_group_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;
}

@ObjectType({ simpleResolvers: true, description: 'An indicator listed in a group, in the group\'s order.' })
@Entity({ name: 'indicator_group_member' })
@Unique('UQ_indicator_group_member', ['groupId', 'indicatorId'])
@Index('IDX_indicator_group_member_indicator', ['indicatorId'])
export class IndicatorGroupMember extends BaseRecord {
  @Field(() => ID, { description: 'The group.' })
  @Column({ type: 'int', name: 'group_id' })
  groupId: number;

  @ManyToOne(() => IndicatorGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_indicator_group_member_group' })
  group?: Relation<IndicatorGroup>;

  @Field(() => ID, { description: 'The indicator.' })
  @Column({ type: 'int', name: 'indicator_id' })
  indicatorId: number;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_indicator_group_member_indicator' })
  indicator?: Relation<Indicator>;

  @Field(() => Int, { description: 'Position in the group.' })
  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder: number;

  @Field(() => String, { nullable: true, description: 'The line of the plan that lists the indicator, verbatim.' })
  @Column({ type: 'text', name: 'quoted_text', nullable: true })
  quotedText: string | null;
}
