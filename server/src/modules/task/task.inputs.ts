import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../../common/pagination/connection';
import { CommonFilter } from '../../common/pagination/list-query';
import { TaskStatus } from './task.entity';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CODE_PATTERN } from '../agency/agency.inputs';
import { DATE_PATTERN } from '../instrument/instrument.inputs';

export enum TaskOrderField { ID = 'ID', CODE = 'CODE', TITLE = 'TITLE', DUE_DATE = 'DUE_DATE', STATUS = 'STATUS', SORT_ORDER = 'SORT_ORDER', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(TaskOrderField, { name: 'TaskOrderField', description: 'Sortable fields of tasks.' });
export const TASK_ORDER = { ID: 'id', CODE: 'code', TITLE: 'title', DUE_DATE: 'dueDate', STATUS: 'status', SORT_ORDER: 'sortOrder', UPDATED_AT: 'updatedAt' };
export const TaskOrder = OrderInput(TaskOrderField, 'Task');

@InputType('TaskFilter', { description: 'Filter tasks.' })
export class TaskFilter extends CommonFilter {
  @Field(() => ID, { nullable: true, description: 'Only tasks of this plan.' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks from this instrument.' })
  instrumentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks in this pillar / area.' })
  pillarId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only sub-tasks of this task.' })
  parentId?: string | null;

  @Field(() => [TaskStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: TaskStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks assigned to this agency or one of its sub-agencies (any role).' })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tasks past their due date and not done (true), or the others (false).' })
  overdue?: boolean | null;
}

@ArgsType()
export class TaskListArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true, description: 'Filter.' })
  filter?: TaskFilter | null;

  @Field(() => [TaskOrder], { nullable: true, description: 'Sort order (default: plan order).' })
  orderBy?: InstanceType<typeof TaskOrder>[] | null;
}

@InputType('TaskPatch', { description: 'Fields of a task to change.' })
export class TaskPatch {
  @Field(() => String, { nullable: true, description: 'Task code.' })
  @IsOptional() @Length(1, 64) @Matches(CODE_PATTERN)
  code?: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional() @Length(1, 1000)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  @IsOptional() @Length(0, 20000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Plan.' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Instrument the task comes from.' })
  instrumentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Clause, verbatim.' })
  @IsOptional() @Length(0, 20000)
  sourceClause?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent task.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Area (pillar).' })
  pillarId?: string | null;

  @Field(() => String, { nullable: true, description: 'Start date, YYYY-MM-DD.' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'startDate must be a date YYYY-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'dueDate must be a date YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => TaskStatus, { nullable: true, description: 'Status.' })
  status?: TaskStatus;

  @Field(() => Int, { nullable: true, description: 'Progress, 0–100.' })
  @IsOptional() @Min(0) @Max(100)
  progress?: number;

  @Field(() => Int, { nullable: true, description: 'Display order.' })
  @IsOptional() @Min(0) @Max(1000000)
  sortOrder?: number;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateTaskInput', { description: 'A new task (give a plan, an instrument, or both).' })
export class CreateTaskInput extends TaskPatch {
  @Field(() => String, { description: 'Task code.' })
  declare code: string;

  @Field(() => String, { description: 'Title.' })
  declare title: string;
}

@InputType('TaskIndicatorPatch', { description: 'Fields of a task–indicator link to change.' })
export class TaskIndicatorPatch {
  @Field(() => ID, { nullable: true, description: 'Task.' })
  taskId?: string;

  @Field(() => ID, { nullable: true, description: 'Indicator the task contributes to.' })
  indicatorId?: string;
}

@InputType('CreateTaskIndicatorInput', { description: 'Record that a task contributes to an indicator.' })
export class CreateTaskIndicatorInput extends TaskIndicatorPatch {
  @Field(() => ID, { description: 'Task.' })
  declare taskId: string;

  @Field(() => ID, { description: 'Indicator the task contributes to.' })
  declare indicatorId: string;
}

@InputType('TaskUpdatePatch', { description: 'Fields of a task progress report to change.' })
export class TaskUpdatePatch {
  @Field(() => ID, { nullable: true, description: 'Task.' })
  taskId?: string;

  @Field(() => ID, { nullable: true, description: 'Reporting agency.' })
  agencyId?: string;

  @Field(() => TaskStatus, { nullable: true, description: 'Status reported.' })
  taskStatus?: TaskStatus;

  @Field(() => Int, { nullable: true, description: 'Progress reported, 0–100.' })
  @IsOptional() @Min(0) @Max(100)
  progress?: number;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  @IsOptional() @Length(0, 5000)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence link (http or https).' })
  @IsOptional() @Length(0, 1000) @Matches(/^https?:\/\//, { message: 'evidenceUrl must start with http:// or https://' })
  evidenceUrl?: string | null;
}

@InputType('CreateTaskUpdateInput', { description: 'A new progress report on a task (a draft of the reporting agency).' })
export class CreateTaskUpdateInput extends TaskUpdatePatch {
  @Field(() => ID, { description: 'Task.' })
  declare taskId: string;

  @Field(() => ID, { description: 'Reporting agency.' })
  declare agencyId: string;

  @Field(() => TaskStatus, { description: 'Status reported.' })
  declare taskStatus: TaskStatus;

  @Field(() => Int, { description: 'Progress reported, 0–100.' })
  declare progress: number;
}
