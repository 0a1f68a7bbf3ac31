import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../../common/pagination/connection';
import { CommonFilter } from '../../common/pagination/list-query';
import { AssignmentRole, AssignmentSubjectType } from './assignment.entity';
import { IsOptional, Length, Matches } from 'class-validator';
import { DATE_PATTERN } from '../instrument/instrument.inputs';

export enum AssignmentOrderField { ID = 'ID', ROLE = 'ROLE', DUE_DATE = 'DUE_DATE', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(AssignmentOrderField, { name: 'AssignmentOrderField', description: 'Sortable fields of assignments.' });
export const ASSIGNMENT_ORDER = { ID: 'id', ROLE: 'role', DUE_DATE: 'dueDate', UPDATED_AT: 'updatedAt' };
export const AssignmentOrder = OrderInput(AssignmentOrderField, 'Assignment');

@InputType('AssignmentFilter', { description: 'Filter assignments.' })
export class AssignmentFilter extends CommonFilter {
  @Field(() => ID, { nullable: true, description: 'Only assignments of this agency or one of its sub-agencies.' })
  agencyId?: string | null;

  @Field(() => [AssignmentRole], { nullable: true, description: 'Only these roles.' })
  roles?: AssignmentRole[] | null;

  @Field(() => [AssignmentSubjectType], { nullable: true, description: 'Only these kinds of subject.' })
  subjectTypes?: AssignmentSubjectType[] | null;

  @Field(() => ID, { nullable: true, description: 'Only assignments within this plan: on the plan itself, its tasks, the targets it sets, and the indicators it lists.' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only assignments on this task.' })
  taskId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only assignments on this indicator.' })
  indicatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only assignments on this target.' })
  targetId?: string | null;
}

@ArgsType()
export class AssignmentListArgs extends PageArgs {
  @Field(() => AssignmentFilter, { nullable: true, description: 'Filter.' })
  filter?: AssignmentFilter | null;

  @Field(() => [AssignmentOrder], { nullable: true, description: 'Sort order (default: id).' })
  orderBy?: InstanceType<typeof AssignmentOrder>[] | null;
}

@InputType('AssignmentPatch', { description: 'Fields of an assignment to change.' })
export class AssignmentPatch {
  @Field(() => ID, { nullable: true, description: 'Plan (give exactly one subject).' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Task (give exactly one subject).' })
  taskId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Indicator (give exactly one subject).' })
  indicatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Target (give exactly one subject).' })
  targetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agency.' })
  agencyId?: string;

  @Field(() => AssignmentRole, { nullable: true, description: 'Role.' })
  role?: AssignmentRole;

  @Field(() => String, { nullable: true, description: 'Named responsible person.' })
  @IsOptional() @Length(0, 255)
  responsiblePerson?: string | null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'dueDate must be a date YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What the agency is asked to do.' })
  @IsOptional() @Length(0, 5000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Source wording.' })
  @IsOptional() @Length(0, 5000)
  quotedText?: string | null;

  @Field(() => ID, { nullable: true, description: 'Source document.' })
  sourceDocumentId?: string | null;
}

@InputType('CreateAssignmentInput', { description: 'A new assignment: exactly one subject, an agency and a role.' })
export class CreateAssignmentInput extends AssignmentPatch {
  @Field(() => ID, { description: 'Agency.' })
  declare agencyId: string;

  @Field(() => AssignmentRole, { description: 'Role.' })
  declare role: AssignmentRole;
}

@InputType('AccountabilityInput', { description: 'Who answers for one subject: exactly one lead, and any cooperating, supervising and informed agencies.' })
export class AccountabilityInput {
  @Field(() => AssignmentSubjectType, { description: 'Kind of subject.' })
  subjectType: AssignmentSubjectType;

  @Field(() => ID, { description: 'Id of the plan, task, indicator or target.' })
  subjectId: string;

  @Field(() => ID, { description: 'The lead agency (chủ trì).' })
  leadAgencyId: string;

  @Field(() => [ID], { defaultValue: [], description: 'Cooperating agencies (phối hợp).' })
  cooperatingAgencyIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Supervising agencies (giám sát).' })
  supervisingAgencyIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Agencies kept informed.' })
  informedAgencyIds: string[];

  @Field(() => String, { nullable: true, description: 'Due date for every agency\'s part, YYYY-MM-DD.' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'dueDate must be a date YYYY-MM-DD' })
  dueDate?: string | null;
}
