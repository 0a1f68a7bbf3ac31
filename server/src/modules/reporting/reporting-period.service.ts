import type { EntityManager } from 'typeorm';
import { createRecord, updateRecord } from '../../common/crud/crud.service';
import { BadInputError, ForbiddenError } from '../../common/errors';
import { parseId } from '../../common/pagination/list-query';
import { actorOf, type Context } from '../../context';
import { AuditAction } from '../audit/audit-event.entity';
import { PeriodStatus, ReportingPeriod } from './reporting-period.entity';

/** Agencies report only into an open period; the office records figures at any time. */
export async function assertPeriodOpen(manager: EntityManager, ctx: Context, indicatorId: number, periodYear: number): Promise<void> {
  if (ctx.policy.isOffice) return;
  const period = await manager.findOne(ReportingPeriod, { where: { indicatorId, periodYear } });
  if (!period || period.status !== PeriodStatus.OPEN) {
    throw new ForbiddenError(`Reporting for ${periodYear} on this indicator is ${period ? 'closed' : 'not open'}; the office opens reporting periods.`);
  }
}

export async function openPeriod(manager: EntityManager, ctx: Context, indicatorIdRaw: string, periodYear: number, dueDate: string | null | undefined): Promise<ReportingPeriod> {
  const indicatorId = parseId(indicatorIdRaw, ['input', 'indicatorId']);
  if (!Number.isInteger(periodYear) || periodYear < 1975 || periodYear > 2200) throw new BadInputError('periodYear is out of range.', [{ path: ['input', 'periodYear'], message: '1975–2200', reason: 'RANGE' }]);
  const existing = await manager.findOne(ReportingPeriod, { where: { indicatorId, periodYear } });
  const values = { status: PeriodStatus.OPEN, ...(dueDate !== undefined ? { dueDate } : {}) };
  if (existing) return updateRecord(manager, actorOf(ctx), ReportingPeriod, existing.id, existing.version, values, {}, 'input', { action: AuditAction.OPEN_PERIOD });
  return createRecord(manager, actorOf(ctx), ReportingPeriod, { indicatorId, periodYear, ...values }, {}, 'input', AuditAction.OPEN_PERIOD);
}

export function closePeriod(manager: EntityManager, ctx: Context, id: string, version: number): Promise<ReportingPeriod> {
  return updateRecord(manager, actorOf(ctx), ReportingPeriod, id, version, { status: PeriodStatus.CLOSED }, {}, 'id', { action: AuditAction.CLOSE_PERIOD });
}
