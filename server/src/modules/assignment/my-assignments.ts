import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { subtreeOf } from '../../common/auth/policy';
import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { BadInputError } from '../../common/errors';
import { parseId } from '../../common/pagination/list-query';
import type { Context } from '../../context';
import { Indicator } from '../indicator/indicator.entity';
import { Measurement, ReportStatus } from '../measurement/measurement.entity';
import { Plan } from '../plan/plan.entity';
import { ReportingPeriod, PeriodStatus } from '../reporting/reporting-period.entity';
import { Target } from '../target/target.entity';
import { Task, TaskStatus } from '../task/task.entity';
import { TaskUpdate } from '../task/task-update.entity';
import { today } from '../task/task.service';
import { Assignment, AssignmentRole } from './assignment.entity';

@ObjectType({ simpleResolvers: true, description: 'Something an agency answers for, with what is due, overdue or returned to it.' })
export class AccountabilityItem {
  @Field(() => Assignment, { description: 'The assignment (role, agency, subject).' })
  assignment: Assignment;

  @Field(() => String, { description: 'Title of the subject: the task, indicator, target or plan.' })
  subjectTitle: string;

  @Field(() => ID, { nullable: true, description: 'The indicator to report on, when the subject is an indicator or a target.' })
  indicatorId: string | null;

  @Field(() => String, { nullable: true, description: 'When it is due (YYYY-MM-DD): the assignment\'s date, else the task\'s, else the open reporting period\'s, else the end of the target year or plan.' })
  dueDate: string | null;

  @Field(() => Boolean, { description: 'Past due and not done.' })
  overdue: boolean;

  @Field(() => Int, { description: 'Reports the office returned to the agency on this subject and not yet resubmitted.' })
  returnedReports: number;

  @Field(() => Int, { description: 'Drafts the agency has not submitted yet.' })
  draftReports: number;

  @Field(() => Boolean, { description: 'An open reporting period exists for the indicator.' })
  reportingOpen: boolean;
}

/**
 * What an agency (with its sub-agencies) leads, cooperates on or supervises, most urgent first:
 * returned reports, then overdue items, then by due date. A fixed number of queries whatever the
 * number of assignments.
 */
@Resolver()
export class MyAssignmentsResolver {
  @Allow(SIGNED_IN)
  @Query(() => [AccountabilityItem], { description: 'What your agency (and its sub-agencies) leads, cooperates on or supervises, most urgent first. The office may ask for any agency.' })
  async myAssignments(@Ctx() ctx: Context, @Arg('agencyId', () => ID, { nullable: true, description: 'Office only: the agency to look at.' }) agencyIdArg?: string): Promise<AccountabilityItem[]> {
    let agencyId = ctx.principal?.agencyId ?? null;
    if (agencyIdArg != null) {
      if (!ctx.policy.isOffice && parseId(agencyIdArg, ['agencyId']) !== agencyId) throw new BadInputError('You can look at your own agency only.', [{ path: ['agencyId'], message: 'Not your agency.', reason: 'NOT_ALLOWED' }]);
      agencyId = parseId(agencyIdArg, ['agencyId']);
    }
    if (agencyId == null) return [];
    const m = ctx.manager;
    const subtree = [...(await subtreeOf(m, agencyId))];
    const assignments = await m.find(Assignment, { where: { agencyId: In(subtree), role: In([AssignmentRole.LEAD, AssignmentRole.COOPERATING, AssignmentRole.SUPERVISING]) } });
    const ids = (k: 'taskId' | 'planId' | 'indicatorId' | 'targetId') => [...new Set(assignments.map((a) => a[k]).filter((x): x is number => x != null))];
    const [tasks, plans, targets] = await Promise.all([
      ids('taskId').length ? m.find(Task, { where: { id: In(ids('taskId')) } }) : [],
      ids('planId').length ? m.find(Plan, { where: { id: In(ids('planId')) } }) : [],
      ids('targetId').length ? m.find(Target, { where: { id: In(ids('targetId')) } }) : [],
    ]);
    const indicatorIds = [...new Set([...ids('indicatorId'), ...targets.map((t) => t.indicatorId)])];
    const [indicators, periods, measurements, updates] = await Promise.all([
      indicatorIds.length ? m.find(Indicator, { where: { id: In(indicatorIds) } }) : [],
      indicatorIds.length ? m.find(ReportingPeriod, { where: { indicatorId: In(indicatorIds), status: PeriodStatus.OPEN } }) : [],
      indicatorIds.length ? m.find(Measurement, { where: { indicatorId: In(indicatorIds), agencyId: In(subtree), status: In([ReportStatus.DRAFT, ReportStatus.RETURNED]) } }) : [],
      tasks.length ? m.find(TaskUpdate, { where: { taskId: In(tasks.map((t) => t.id)), agencyId: In(subtree), status: In([ReportStatus.DRAFT, ReportStatus.RETURNED]) } }) : [],
    ]);
    const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const T = byId(tasks), P = byId(plans), G = byId(targets), I = byId(indicators);
    const now = today();
    const items = assignments.map((a): AccountabilityItem => {
      const target = a.targetId != null ? G.get(a.targetId) : undefined;
      const indicatorId = a.indicatorId ?? target?.indicatorId ?? null;
      const indicator = indicatorId != null ? I.get(indicatorId) : undefined;
      const task = a.taskId != null ? T.get(a.taskId) : undefined;
      const plan = a.planId != null ? P.get(a.planId) : undefined;
      const period = periods.filter((p) => p.indicatorId === indicatorId).sort((x, y) => y.periodYear - x.periodYear)[0];
      const reports: Array<{ status: ReportStatus }> = task ? updates.filter((u) => u.taskId === task.id) : measurements.filter((x) => x.indicatorId === indicatorId);
      const dueDate = a.dueDate ?? task?.dueDate ?? period?.dueDate ?? (target ? `${target.periodYear}-12-31` : plan ? `${plan.endYear}-12-31` : null);
      const done = task ? task.status === TaskStatus.DONE : false;
      return {
        assignment: a,
        subjectTitle: task?.title ?? indicator?.name ?? plan?.title ?? '',
        indicatorId: indicatorId != null ? String(indicatorId) : null,
        dueDate,
        overdue: dueDate != null && dueDate < now && !done,
        returnedReports: reports.filter((r) => r.status === ReportStatus.RETURNED).length,
        draftReports: reports.filter((r) => r.status === ReportStatus.DRAFT).length,
        reportingOpen: period != null,
      };
    });
    return items.sort(
      (x, y) =>
        Number(y.returnedReports > 0) - Number(x.returnedReports > 0) ||
        Number(y.overdue) - Number(x.overdue) ||
        (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999') ||
        x.assignment.id - y.assignment.id,
    );
  }
}
