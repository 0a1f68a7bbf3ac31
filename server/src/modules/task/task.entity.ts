import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { searchKey } from '../../common/text';
import { Indicator } from '../indicator/indicator.entity';
import { Instrument } from '../instrument/instrument.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Plan } from '../plan/plan.entity';
import { SourceDocument } from '../source/source-document.entity';

export enum TaskStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'Execution status of a task. "Overdue" is not a status: it is derived from the due date (`Task.overdue`).',
  valuesConfig: {
    NOT_STARTED: { description: 'Not started.' },
    IN_PROGRESS: { description: 'In progress.' },
    DONE: { description: 'Done.' },
    BLOCKED: { description: 'Blocked.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A task (nhiệm vụ): work a plan or an instrument asks for, with accountable agencies through assignments.' })
@Entity({ name: 'task' })
@Unique('UQ_task_code', ['code'])
@Index('IDX_task_plan', ['planId'])
@Index('IDX_task_instrument', ['instrumentId'])
@Index('IDX_task_parent', ['parentId'])
@Index('IDX_task_due', ['dueDate'])
@Check('CHK_task_origin', 'plan_id IS NOT NULL OR instrument_id IS NOT NULL')
@Check('CHK_task_progress', 'progress >= 0 AND progress <= 100')
export class Task extends BaseRecord {
  @Field(() => String, { description: 'Stable task code (natural key), e.g. `KH2024-NV03`.' })
  @Column({ type: 'varchar', length: 64, name: 'code' })
  code: string;

  @Field(() => String, { description: 'Title (Vietnamese).' })
  @Column({ type: 'varchar', length: 1000, name: 'title' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the task asks for.' })
  @Column({ type: 'text', name: 'description', nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true, description: 'Plan the task belongs to.' })
  @Column({ type: 'int', name: 'plan_id', nullable: true })
  planId: number | null;

  @ManyToOne(() => Plan, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_task_plan' })
  plan?: Relation<Plan> | null;

  @Field(() => ID, { nullable: true, description: 'Instrument whose clause the task comes from (e.g. directive 17-CT/TU).' })
  @Column({ type: 'int', name: 'instrument_id', nullable: true })
  instrumentId: number | null;

  @ManyToOne(() => Instrument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instrument_id', foreignKeyConstraintName: 'FK_task_instrument' })
  instrument?: Relation<Instrument> | null;

  @Field(() => String, { nullable: true, description: 'The clause of the instrument or plan, verbatim.' })
  @Column({ type: 'text', name: 'source_clause', nullable: true })
  sourceClause: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent task (a sub-task of a key task).' })
  @Column({ type: 'int', name: 'parent_id', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Task, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_task_parent' })
  parent?: Relation<Task> | null;

  @Field(() => ID, { nullable: true, description: 'Key-task area (a pillar or foundation).' })
  @Column({ type: 'int', name: 'pillar_id', nullable: true })
  pillarId: number | null;

  @ManyToOne(() => Pillar, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pillar_id', foreignKeyConstraintName: 'FK_task_pillar' })
  pillar?: Relation<Pillar> | null;

  @Field(() => String, { nullable: true, description: 'Start date (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate: string | null;

  @Field(() => TaskStatus, { description: 'Execution status.' })
  @Column({ type: 'varchar', length: 32, name: 'status', default: TaskStatus.NOT_STARTED })
  status: TaskStatus;

  @Field(() => Int, { description: 'Progress, 0–100 %.' })
  @Column({ type: 'int', name: 'progress', default: 0 })
  progress: number;

  @Field(() => Int, { description: 'Display order within the plan.' })
  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder: number;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_task_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;

  @Column({ type: 'varchar', length: 2000, name: 'search_text', default: '' })
  searchText: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = searchKey(this.code, this.title, this.description);
  }
}

@ObjectType({ simpleResolvers: true, description: 'An indicator a task contributes to.' })
@Entity({ name: 'task_indicator' })
@Unique('UQ_task_indicator', ['taskId', 'indicatorId'])
@Index('IDX_task_indicator_indicator', ['indicatorId'])
export class TaskIndicator extends BaseRecord {
  @Field(() => ID, { description: 'The task.' })
  @Column({ type: 'int', name: 'task_id' })
  taskId: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_task_indicator_task' })
  task?: Relation<Task>;

  @Field(() => ID, { description: 'The indicator.' })
  @Column({ type: 'int', name: 'indicator_id' })
  indicatorId: number;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_task_indicator_indicator' })
  indicator?: Relation<Indicator>;
}
