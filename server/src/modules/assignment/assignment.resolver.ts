import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Args, Ctx, createUnionType, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/pagination/connection';
import { parseId } from '../../common/pagination/list-query';
import { loadOne } from '../../common/relations';
import { loadWith } from '../../common/loaders/loaders';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Plan } from '../plan/plan.entity';
import { Target } from '../target/target.entity';
import { Task } from '../task/task.entity';
import { Assignment } from './assignment.entity';
import { AssignmentListArgs } from './assignment.inputs';
import { listAssignments } from './assignment.service';

export const AssignmentSubject = createUnionType({
  name: 'AssignmentSubject',
  description: 'What an assignment is about: a plan, a task, an indicator or a target.',
  types: () => [Plan, Task, Indicator, Target] as const,
});

export const AssignmentConnection = Connection(Assignment, 'Assignment');

// An assignment is read for its subject: fetch it in the same statement.
loadWith(Assignment, ['plan', 'task', 'indicator', 'target']);

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Allow(SIGNED_IN)
  @Query(() => AssignmentConnection, { description: 'Assignments (who is accountable for what), as a connection.' })
  assignments(@Args(() => AssignmentListArgs) args: AssignmentListArgs, @Ctx() ctx: Context) {
    return listAssignments(ctx.manager, args);
  }

  @Allow(SIGNED_IN)
  @Query(() => Assignment, { nullable: true, description: 'One assignment by id.' })
  assignment(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Id.' }) id: string) {
    return ctx.loaders.one(Assignment).load(parseId(id));
  }

  @FieldResolver(() => Agency, { description: 'The accountable agency.' })
  agency(@Root() a: Assignment, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency).load(a.agencyId);
  }

  @FieldResolver(() => AssignmentSubject, { nullable: true, description: 'The subject: plan, task, indicator or target.' })
  subject(@Root() a: Assignment, @Ctx() ctx: Context) {
    if (a.planId != null) return loadOne(ctx, Plan, a.planId);
    if (a.taskId != null) return loadOne(ctx, Task, a.taskId);
    if (a.indicatorId != null) return loadOne(ctx, Indicator, a.indicatorId);
    return loadOne(ctx, Target, a.targetId);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan, when the subject is a plan.' })
  plan(@Root() a: Assignment, @Ctx() ctx: Context) {
    return loadOne(ctx, Plan, a.planId);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task, when the subject is a task.' })
  task(@Root() a: Assignment, @Ctx() ctx: Context) {
    return loadOne(ctx, Task, a.taskId);
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'The indicator, when the subject is an indicator.' })
  indicator(@Root() a: Assignment, @Ctx() ctx: Context) {
    return loadOne(ctx, Indicator, a.indicatorId);
  }

  @FieldResolver(() => Target, { nullable: true, description: 'The target, when the subject is a target.' })
  target(@Root() a: Assignment, @Ctx() ctx: Context) {
    return loadOne(ctx, Target, a.targetId);
  }
}
