import type { EntityManager } from 'typeorm';
import { SortDirection } from '../../common/pagination/connection';
import { listConnection, parseId } from '../../common/pagination/list-query';
import { inAgencySubtree } from '../../common/sql';
import { Task, TaskStatus } from './task.entity';
import { TASK_ORDER, type TaskListArgs } from './task.inputs';
import type { CrudHooks } from '../../common/crud/crud.service';
import { BadInputError } from '../../common/errors';
import { assertNoCycle } from '../../common/tree';
import { Assignment } from '../assignment/assignment.entity';

/** Today as YYYY-MM-DD (UTC): the day overdue is judged against. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function isOverdue(task: Pick<Task, 'dueDate' | 'status'>, on = today()): boolean {
  return task.dueDate != null && task.status !== TaskStatus.DONE && task.dueDate < on;
}

export function listTasks(manager: EntityManager, args: TaskListArgs) {
  const qb = manager.createQueryBuilder(Task, 'task');
  const f = args.filter;
  if (f?.planId != null) qb.andWhere('task.planId = :plan', { plan: parseId(f.planId, ['filter', 'planId']) });
  if (f?.instrumentId != null) qb.andWhere('task.instrumentId = :instrument', { instrument: parseId(f.instrumentId, ['filter', 'instrumentId']) });
  if (f?.pillarId != null) qb.andWhere('task.pillarId = :pillar', { pillar: parseId(f.pillarId, ['filter', 'pillarId']) });
  if (f?.parentId != null) qb.andWhere('task.parentId = :parent', { parent: parseId(f.parentId, ['filter', 'parentId']) });
  if (f?.statuses?.length) qb.andWhere('task.status IN (:...statuses)', { statuses: f.statuses });
  if (f?.agencyId != null) {
    qb.andWhere(`task.id IN (SELECT a.task_id FROM assignment a WHERE ${inAgencySubtree(manager, 'a.agency_id', 'agency')})`, {
      agency: parseId(f.agencyId, ['filter', 'agencyId']),
    });
  }
  if (f?.overdue != null) {
    const cond = 'task.dueDate IS NOT NULL AND task.dueDate < :today AND task.status <> :done';
    qb.andWhere(f.overdue ? `(${cond})` : `NOT (${cond})`, { today: today(), done: TaskStatus.DONE });
  }
  return listConnection(qb, args, TASK_ORDER, { searchable: true, defaultOrder: [{ field: 'SORT_ORDER', direction: SortDirection.ASC }] });
}

export const taskHooks: CrudHooks<Task> = {
  async prepare(manager, next, current) {
    const at = current ? 'patch' : 'input';
    if (next.planId == null && next.instrumentId == null) {
      throw new BadInputError('A task belongs to a plan, comes from an instrument, or both.', [{ path: [at, 'planId'], message: 'Give planId or instrumentId.', reason: 'REQUIRED' }]);
    }
    if (next.startDate && next.dueDate && next.dueDate < next.startDate) {
      throw new BadInputError('A task cannot be due before it starts.', [{ path: [at, 'dueDate'], message: 'dueDate must be on or after startDate.', reason: 'RANGE' }]);
    }
    if (next.parentId != null && next.parentId !== current?.parentId) await assertNoCycle(manager, Task, current?.id, next.parentId, [at, 'parentId']);
  },
  owned: [{ entity: Assignment, property: 'taskId' }],
};
