import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/pagination/connection';
import { findByIdOrKey, loadAll, loadOne } from '../../common/relations';
import { loadWith } from '../../common/loaders/loaders';
import type { Context } from '../../context';
import { Assignment } from '../assignment/assignment.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Instrument } from '../instrument/instrument.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Plan } from '../plan/plan.entity';
import { Task, TaskIndicator } from './task.entity';
import { TaskListArgs } from './task.inputs';
import { isOverdue, listTasks } from './task.service';

export const TaskConnection = Connection(Task, 'Task');

// The task–indicator link is read for its two ends.
loadWith(TaskIndicator, ['task', 'indicator']);

@Resolver(() => Task)
export class TaskResolver {
  @Allow(SIGNED_IN)
  @Query(() => TaskConnection, { description: 'Tasks, as a connection.' })
  tasks(@Args(() => TaskListArgs) args: TaskListArgs, @Ctx() ctx: Context) {
    return listTasks(ctx.manager, args);
  }

  @Allow(SIGNED_IN)
  @Query(() => Task, { nullable: true, description: 'One task by id or by code.' })
  task(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Task code.' }) code?: string,
  ) {
    return findByIdOrKey(ctx, Task, id, { property: 'code', value: code });
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date and not done (judged on today\'s date, UTC).' })
  overdue(@Root() t: Task) {
    return isOverdue(t);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan.' })
  plan(@Root() t: Task, @Ctx() ctx: Context) {
    return loadOne(ctx, Plan, t.planId);
  }

  @FieldResolver(() => Instrument, { nullable: true, description: 'The instrument the task comes from.' })
  instrument(@Root() t: Task, @Ctx() ctx: Context) {
    return loadOne(ctx, Instrument, t.instrumentId);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'Parent task.' })
  parent(@Root() t: Task, @Ctx() ctx: Context) {
    return loadOne(ctx, Task, t.parentId);
  }

  @FieldResolver(() => [Task], { description: 'Sub-tasks, in order.' })
  subtasks(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.many(Task, 'parentId', { sortOrder: 'ASC' }).load(t.id);
  }

  @FieldResolver(() => Pillar, { nullable: true, description: 'Area (pillar or foundation).' })
  pillar(@Root() t: Task, @Ctx() ctx: Context) {
    return loadOne(ctx, Pillar, t.pillarId);
  }

  @FieldResolver(() => [Indicator], { description: 'Indicators the task contributes to.' })
  async indicators(@Root() t: Task, @Ctx() ctx: Context) {
    const links = await ctx.loaders.many(TaskIndicator, 'taskId').load(t.id);
    return loadAll(ctx, Indicator, links.map((l) => l.indicatorId));
  }

  @FieldResolver(() => [Assignment], { description: 'Accountable agencies: lead, cooperating, supervising, informed.' })
  assignments(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.many(Assignment, 'taskId').load(t.id);
  }
}
