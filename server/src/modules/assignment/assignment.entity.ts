import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Agency } from '../agency/agency.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Plan } from '../plan/plan.entity';
import { SourceDocument } from '../source/source-document.entity';
import { Target } from '../target/target.entity';
import { Task } from '../task/task.entity';

export enum AssignmentRole {
  LEAD = 'LEAD',
  COOPERATING = 'COOPERATING',
  SUPERVISING = 'SUPERVISING',
  INFORMED = 'INFORMED',
}
registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'An agency\'s role on a subject. A subject has at most one LEAD.',
  valuesConfig: {
    LEAD: { description: 'Lead (chủ trì): answers for the result.' },
    COOPERATING: { description: 'Cooperating (phối hợp).' },
    SUPERVISING: { description: 'Supervising (giám sát, chỉ đạo).' },
    INFORMED: { description: 'Kept informed.' },
  },
});

export enum AssignmentSubjectType {
  PLAN = 'PLAN',
  TASK = 'TASK',
  INDICATOR = 'INDICATOR',
  TARGET = 'TARGET',
}
registerEnumType(AssignmentSubjectType, {
  name: 'AssignmentSubjectType',
  description: 'What an assignment is about.',
});

/**
 * The accountability record. The subject is one of four real foreign keys (exactly one is set,
 * enforced by CHK_assignment_one_subject) rather than a polymorphic id, so the database keeps
 * every assignment pointing at a live record. `subject_key` ("TASK:12") makes the uniqueness
 * rules indexable, and `lead_key` (= subject_key for leads, NULL otherwise) lets a plain unique
 * index enforce "at most one lead per subject" on both SQLite and MySQL, even under concurrency.
 */
@ObjectType({ simpleResolvers: true, description: 'An assignment (phân công): an agency\'s role (lead, cooperating, supervising, informed) on a plan, task, indicator or target.' })
@Entity({ name: 'assignment' })
@Unique('UQ_assignment_subject_agency_role', ['subjectKey', 'agencyId', 'role'])
@Unique('UQ_assignment_one_lead', ['leadKey'])
@Index('IDX_assignment_agency', ['agencyId'])
@Index('IDX_assignment_plan', ['planId'])
@Index('IDX_assignment_task', ['taskId'])
@Index('IDX_assignment_indicator', ['indicatorId'])
@Index('IDX_assignment_target', ['targetId'])
@Check(
  'CHK_assignment_one_subject',
  '(CASE WHEN plan_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN task_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN indicator_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN target_id IS NULL THEN 0 ELSE 1 END) = 1',
)
export class Assignment extends BaseRecord {
  @Field(() => AssignmentSubjectType, { description: 'What the assignment is about.' })
  @Column({ type: 'varchar', length: 32, name: 'subject_type' })
  subjectType: AssignmentSubjectType;

  @Field(() => ID, { nullable: true, description: 'Plan id, when the subject is a plan.' })
  @Column({ type: 'int', name: 'plan_id', nullable: true })
  planId: number | null;

  @ManyToOne(() => Plan, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_assignment_plan' })
  plan?: Relation<Plan> | null;

  @Field(() => ID, { nullable: true, description: 'Task id, when the subject is a task.' })
  @Column({ type: 'int', name: 'task_id', nullable: true })
  taskId: number | null;

  @ManyToOne(() => Task, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_assignment_task' })
  task?: Relation<Task> | null;

  @Field(() => ID, { nullable: true, description: 'Indicator id, when the subject is an indicator.' })
  @Column({ type: 'int', name: 'indicator_id', nullable: true })
  indicatorId: number | null;

  @ManyToOne(() => Indicator, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_assignment_indicator' })
  indicator?: Relation<Indicator> | null;

  @Field(() => ID, { nullable: true, description: 'Target id, when the subject is a target.' })
  @Column({ type: 'int', name: 'target_id', nullable: true })
  targetId: number | null;

  @ManyToOne(() => Target, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'FK_assignment_target' })
  target?: Relation<Target> | null;

  /** "PLAN:3", "TASK:12", … — the subject as one indexable value. */
  @Column({ type: 'varchar', length: 64, name: 'subject_key' })
  subjectKey: string;

  /** subject_key when role = LEAD, else NULL: a unique index on it allows one lead per subject. */
  @Column({ type: 'varchar', length: 64, name: 'lead_key', nullable: true })
  leadKey: string | null;

  @Field(() => ID, { description: 'The accountable agency.' })
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_assignment_agency' })
  agency?: Relation<Agency>;

  @Field(() => AssignmentRole, { description: 'The agency\'s role.' })
  @Column({ type: 'varchar', length: 32, name: 'role' })
  role: AssignmentRole;

  @Field(() => String, { nullable: true, description: 'Named responsible person, where one is given.' })
  @Column({ type: 'varchar', length: 255, name: 'responsible_person', nullable: true })
  responsiblePerson: string | null;

  @Field(() => String, { nullable: true, description: 'Due date of the agency\'s part (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: 'What the agency is asked to do.' })
  @Column({ type: 'text', name: 'note', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence of the source that makes the assignment, verbatim.' })
  @Column({ type: 'text', name: 'quoted_text', nullable: true })
  quotedText: string | null;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_assignment_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;
}

/** The subject of an assignment as one value, and the lead key derived from it. */
export function subjectKeyOf(type: AssignmentSubjectType, id: number): string {
  return `${type}:${id}`;
}
export function leadKeyOf(role: AssignmentRole, subjectKey: string): string | null {
  return role === AssignmentRole.LEAD ? subjectKey : null;
}
