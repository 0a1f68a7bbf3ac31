import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Matches, IsOptional } from 'class-validator';
import { Allow, OFFICE, REPORTERS, SIGNED_IN } from '../../common/auth/rules';
import { inTransaction, updateRecord } from '../../common/crud/crud.service';
import { Connection, PageArgs, SortDirection } from '../../common/pagination/connection';
import { CommonFilter, listConnection, parseId, parseIds } from '../../common/pagination/list-query';
import { actorOf, type Context } from '../../context';
import { DATE_PATTERN } from '../instrument/instrument.inputs';
import { Indicator } from '../indicator/indicator.entity';
import { Measurement, ReportStatus } from '../measurement/measurement.entity';
import { measurementHooks } from '../measurement/measurement.service';
import { Task } from '../task/task.entity';
import { TaskUpdate } from '../task/task-update.entity';
import { taskUpdateHooks } from '../task/task-update.service';
import { PeriodStatus, ReportingPeriod } from './reporting-period.entity';
import { assertPeriodOpen, closePeriod, openPeriod } from './reporting-period.service';
import { moveReport } from './workflow';

@InputType('OpenReportingPeriodInput', { description: 'Open reporting for an indicator and year.' })
export class OpenReportingPeriodInput {
  @Field(() => ID, { description: 'Indicator.' })
  indicatorId: string;

  @Field(() => Int, { description: 'Year reported on.' })
  periodYear: number;

  @Field(() => String, { nullable: true, description: 'Reports are due by this date (YYYY-MM-DD).' })
  @IsOptional() @Matches(DATE_PATTERN, { message: 'dueDate must be a date YYYY-MM-DD' })
  dueDate?: string | null;
}

@InputType('ReportingPeriodFilter', { description: 'Filter reporting periods.' })
export class ReportingPeriodFilter extends CommonFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these indicators.' })
  indicatorIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Only this year.' })
  periodYear?: number | null;

  @Field(() => PeriodStatus, { nullable: true, description: 'Only open or only closed periods.' })
  status?: PeriodStatus | null;
}

@ArgsType()
export class ReportingPeriodListArgs extends PageArgs {
  @Field(() => ReportingPeriodFilter, { nullable: true, description: 'Filter.' })
  filter?: ReportingPeriodFilter | null;
}

@InputType('TaskUpdateFilter', { description: 'Filter task progress reports.' })
export class TaskUpdateFilter extends CommonFilter {
  @Field(() => ID, { nullable: true, description: 'Only reports on this task.' })
  taskId?: string | null;

  @Field(() => [ReportStatus], { nullable: true, description: 'Only these workflow states.' })
  statuses?: ReportStatus[] | null;
}

@ArgsType()
export class TaskUpdateListArgs extends PageArgs {
  @Field(() => TaskUpdateFilter, { nullable: true, description: 'Filter.' })
  filter?: TaskUpdateFilter | null;
}

export const ReportingPeriodConnection = Connection(ReportingPeriod, 'ReportingPeriod');
export const TaskUpdateConnection = Connection(TaskUpdate, 'TaskUpdate');

const reasonArg = { description: 'Why (required): shown to the reporting agency and kept in the audit trail.' };

@Resolver()
export class ReportingResolver {
  @Allow(REPORTERS)
  @Mutation(() => Measurement, { description: 'Send a draft or returned measurement to the office for review.' })
  submitMeasurement(@Arg('id', () => ID, { description: 'Id.' }) id: string, @Arg('version', () => Int, { description: 'The version you read.' }) version: number, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) =>
      moveReport(m, ctx, Measurement, id, version, 'SUBMIT', {
        hooks: measurementHooks,
        check: async (current) => {
          await ctx.policy.assertCanEditReport(current);
          await assertPeriodOpen(m, ctx, current.indicatorId, current.periodYear);
        },
      }), 'id');
  }

  @Allow(OFFICE)
  @Mutation(() => Measurement, { description: 'Return a submitted measurement to the reporting agency, with a reason.' })
  returnMeasurement(
    @Arg('id', () => ID, { description: 'Id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.dataSource, (m) => moveReport(m, ctx, Measurement, id, version, 'RETURN', { reason, hooks: measurementHooks }), 'id');
  }

  @Allow(OFFICE)
  @Mutation(() => Measurement, { description: 'Approve a submitted measurement: it is published and locked (approver and time recorded).' })
  approveMeasurement(@Arg('id', () => ID, { description: 'Id.' }) id: string, @Arg('version', () => Int, { description: 'The version you read.' }) version: number, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => moveReport(m, ctx, Measurement, id, version, 'APPROVE', { hooks: measurementHooks }), 'id');
  }

  @Allow(OFFICE)
  @Mutation(() => Measurement, { description: 'Reopen an approved measurement so it can change; it goes back to the agency as returned, with the reason.' })
  reopenMeasurement(
    @Arg('id', () => ID, { description: 'Id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.dataSource, (m) => moveReport(m, ctx, Measurement, id, version, 'REOPEN', { reason, hooks: measurementHooks }), 'id');
  }

  @Allow(REPORTERS)
  @Mutation(() => TaskUpdate, { description: 'Send a draft or returned task progress report to the office.' })
  submitTaskUpdate(@Arg('id', () => ID, { description: 'Id.' }) id: string, @Arg('version', () => Int, { description: 'The version you read.' }) version: number, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => moveReport(m, ctx, TaskUpdate, id, version, 'SUBMIT', { hooks: taskUpdateHooks, check: (current) => ctx.policy.assertCanEditReport(current) }), 'id');
  }

  @Allow(OFFICE)
  @Mutation(() => TaskUpdate, { description: 'Return a submitted task progress report, with a reason.' })
  returnTaskUpdate(
    @Arg('id', () => ID, { description: 'Id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.dataSource, (m) => moveReport(m, ctx, TaskUpdate, id, version, 'RETURN', { reason, hooks: taskUpdateHooks }), 'id');
  }

  @Allow(OFFICE)
  @Mutation(() => TaskUpdate, { description: 'Approve a submitted task progress report: its status and progress are applied to the task, in the same transaction.' })
  approveTaskUpdate(@Arg('id', () => ID, { description: 'Id.' }) id: string, @Arg('version', () => Int, { description: 'The version you read.' }) version: number, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, async (m) => {
      const update = await moveReport(m, ctx, TaskUpdate, id, version, 'APPROVE', { hooks: taskUpdateHooks });
      const task = await m.findOneOrFail(Task, { where: { id: update.taskId } });
      await updateRecord(m, actorOf(ctx), Task, task.id, task.version, { status: update.taskStatus, progress: update.progress });
      return update;
    }, 'id');
  }

  @Allow(OFFICE)
  @Mutation(() => ReportingPeriod, { description: 'Open (or re-open) reporting for an indicator and year.' })
  openReportingPeriod(@Arg('input', () => OpenReportingPeriodInput, { description: 'The period.' }) input: OpenReportingPeriodInput, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => openPeriod(m, ctx, input.indicatorId, input.periodYear, input.dueDate));
  }

  @Allow(OFFICE)
  @Mutation(() => ReportingPeriod, { description: 'Close a reporting period: agencies can no longer report or submit for it.' })
  closeReportingPeriod(@Arg('id', () => ID, { description: 'Id.' }) id: string, @Arg('version', () => Int, { description: 'The version you read.' }) version: number, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, (m) => closePeriod(m, ctx, id, version), 'id');
  }

  @Allow(SIGNED_IN)
  @Query(() => ReportingPeriodConnection, { description: 'Reporting periods.' })
  reportingPeriods(@Args(() => ReportingPeriodListArgs) args: ReportingPeriodListArgs, @Ctx() ctx: Context) {
    const qb = ctx.manager.createQueryBuilder(ReportingPeriod, 'rp');
    const f = args.filter;
    if (f?.indicatorIds?.length) qb.andWhere('rp.indicatorId IN (:...ind)', { ind: parseIds(f.indicatorIds, ['filter', 'indicatorIds']) });
    if (f?.periodYear != null) qb.andWhere('rp.periodYear = :y', { y: f.periodYear });
    if (f?.status) qb.andWhere('rp.status = :s', { s: f.status });
    return listConnection(qb, args, { PERIOD_YEAR: 'periodYear' }, { defaultOrder: [{ field: 'PERIOD_YEAR', direction: SortDirection.DESC }] });
  }

  @Allow(SIGNED_IN)
  @Query(() => TaskUpdateConnection, { description: 'Task progress reports (drafts and returned ones only for the office and the reporting agency).' })
  async taskUpdates(@Args(() => TaskUpdateListArgs) args: TaskUpdateListArgs, @Ctx() ctx: Context) {
    const qb = ctx.manager.createQueryBuilder(TaskUpdate, 'tu');
    const visible = await ctx.policy.visibleSql('tu');
    if (visible) qb.andWhere(visible.sql, visible.params);
    if (args.filter?.taskId != null) qb.andWhere('tu.taskId = :t', { t: parseId(args.filter.taskId, ['filter', 'taskId']) });
    if (args.filter?.statuses?.length) qb.andWhere('tu.status IN (:...st)', { st: args.filter.statuses });
    return listConnection(qb, args, { UPDATED_AT: 'updatedAt' }, { defaultOrder: [{ field: 'UPDATED_AT', direction: SortDirection.DESC }] });
  }
}

@Resolver(() => ReportingPeriod)
export class ReportingPeriodResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  indicator(@Root() p: ReportingPeriod, @Ctx() ctx: Context) {
    return ctx.loaders.one(Indicator).load(p.indicatorId);
  }
}

@Resolver(() => Task)
export class TaskReportsResolver {
  @FieldResolver(() => [TaskUpdate], { description: 'Progress reports on this task that you may see, newest first.' })
  async updates(@Root() t: Task, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.many(TaskUpdate, 'taskId', { updatedAt: 'DESC' }).load(t.id);
    return ctx.policy.visible(rows);
  }
}
