import type { CrudGuards } from '../../common/crud/crud.resolver';
import type { CrudHooks } from '../../common/crud/crud.service';
import { parseId } from '../../common/pagination/list-query';
import { ReportStatus } from '../measurement/measurement.entity';
import type { TaskUpdate } from './task-update.entity';

export const taskUpdateHooks: CrudHooks<TaskUpdate> = {
  prepare(_m, next, current) {
    if (!current) next.status = ReportStatus.DRAFT;
  },
};

export const taskUpdateGuards: CrudGuards<TaskUpdate> = {
  async create(ctx, input) {
    await ctx.policy.assertCanReportTask(parseId(input.taskId as string, ['input', 'taskId']), parseId(input.agencyId as string, ['input', 'agencyId']));
  },
  async update(ctx, current, patch) {
    await ctx.policy.assertCanEditReport(current);
    if (patch.taskId != null || patch.agencyId != null) {
      await ctx.policy.assertCanReportTask(
        patch.taskId != null ? parseId(patch.taskId as string, ['patch', 'taskId']) : current.taskId,
        patch.agencyId != null ? parseId(patch.agencyId as string, ['patch', 'agencyId']) : current.agencyId,
      );
    }
  },
  async delete(ctx, rows) {
    for (const row of rows) await ctx.policy.assertCanEditReport(row);
  },
};
