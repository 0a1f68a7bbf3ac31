import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Agency } from '../agency/agency.entity';
import { ReportStatus } from '../measurement/measurement.entity';
import { User } from '../user/user.entity';
import { Task, TaskStatus } from './task.entity';

/**
 * An agency's report of progress on a task. It goes through the same workflow as a measurement;
 * when the office approves it, its status and progress are applied to the task.
 */
@ObjectType({ simpleResolvers: true, description: 'A progress report on a task by an accountable agency: draft → submitted → returned or approved.' })
@Entity({ name: 'task_update' })
@Index('IDX_task_update_task', ['taskId'])
@Index('IDX_task_update_agency', ['agencyId'])
@Index('IDX_task_update_status', ['status'])
export class TaskUpdate extends BaseRecord {
  @Field(() => ID, { description: 'Task.' })
  @Column({ type: 'int', name: 'task_id' })
  taskId: number;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_task_update_task' })
  task?: Relation<Task>;

  @Field(() => ID, { description: 'Reporting agency.' })
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_task_update_agency' })
  agency?: Relation<Agency>;

  @Field(() => TaskStatus, { description: 'Status the agency reports.' })
  @Column({ type: 'varchar', length: 32, name: 'task_status' })
  taskStatus: TaskStatus;

  @Field(() => Int, { description: 'Progress the agency reports, 0–100.' })
  @Column({ type: 'int', name: 'progress' })
  progress: number;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  @Column({ type: 'text', name: 'comment', nullable: true })
  comment: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence link.' })
  @Column({ type: 'varchar', length: 1000, name: 'evidence_url', nullable: true })
  evidenceUrl: string | null;

  @Field(() => ReportStatus, { description: 'Workflow state.' })
  @Column({ type: 'varchar', length: 32, name: 'status', default: ReportStatus.DRAFT })
  status: ReportStatus;

  @Field(() => String, { nullable: true, description: 'Why the office returned it.' })
  @Column({ type: 'text', name: 'return_reason', nullable: true })
  returnReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  @Column({ type: 'datetime', name: 'submitted_at', precision: 6, nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who submitted it.' })
  @Column({ type: 'int', name: 'submitted_by_id', nullable: true })
  submittedById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'FK_task_update_submitted_by' })
  submittedBy?: Relation<User> | null;

  @Field(() => Date, { nullable: true, description: 'When the office approved or returned it.' })
  @Column({ type: 'datetime', name: 'reviewed_at', precision: 6, nullable: true })
  reviewedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who approved or returned it.' })
  @Column({ type: 'int', name: 'reviewed_by_id', nullable: true })
  reviewedById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by_id', foreignKeyConstraintName: 'FK_task_update_reviewed_by' })
  reviewedBy?: Relation<User> | null;
}
