import type { EntityManager, EntityTarget } from 'typeorm';
import { updateRecord, type CrudHooks, type Versioned } from '../../common/crud/crud.service';
import { BadInputError, ConflictError } from '../../common/errors';
import { actorOf, type Context } from '../../context';
import { AuditAction } from '../audit/audit-event.entity';
import { ReportStatus } from '../measurement/measurement.entity';

export interface Report extends Versioned {
  status: ReportStatus;
  agencyId: number | null;
  returnReason: string | null;
  submittedAt: Date | null;
  submittedById: number | null;
  reviewedAt: Date | null;
  reviewedById: number | null;
}

export type Step = 'SUBMIT' | 'RETURN' | 'APPROVE' | 'REOPEN';

/** The reporting workflow: which states a step starts from, where it goes, and what it records. */
const STEPS: Record<Step, { from: ReportStatus[]; to: ReportStatus; action: AuditAction; needsReason: boolean }> = {
  SUBMIT: { from: [ReportStatus.DRAFT, ReportStatus.RETURNED], to: ReportStatus.SUBMITTED, action: AuditAction.SUBMIT, needsReason: false },
  RETURN: { from: [ReportStatus.SUBMITTED], to: ReportStatus.RETURNED, action: AuditAction.RETURN, needsReason: true },
  APPROVE: { from: [ReportStatus.SUBMITTED], to: ReportStatus.APPROVED, action: AuditAction.APPROVE, needsReason: false },
  REOPEN: { from: [ReportStatus.APPROVED], to: ReportStatus.RETURNED, action: AuditAction.REOPEN, needsReason: true },
};

/**
 * Move a report one step, optimistically locked like any update, audited with the step and its
 * reason. `check` adds the row rules of the caller (an agency submits only its own reports).
 */
export async function moveReport<E extends Report>(
  manager: EntityManager,
  ctx: Context,
  entity: EntityTarget<E>,
  id: string,
  version: number,
  step: Step,
  options: { reason?: string | null; hooks?: CrudHooks<E>; check?: (current: E) => Promise<void>; extra?: Partial<E> } = {},
): Promise<E> {
  const s = STEPS[step];
  const reason = options.reason?.trim() || null;
  if (s.needsReason && !reason) {
    throw new BadInputError('Give a reason.', [{ path: ['reason'], message: 'A reason is required for this step.', reason: 'REQUIRED' }]);
  }
  const now = new Date();
  const by = ctx.principal?.userId ?? null;
  const patch: Record<string, unknown> = { status: s.to, ...(options.extra ?? {}) };
  if (step === 'SUBMIT') Object.assign(patch, { submittedAt: now, submittedById: by, returnReason: null });
  if (step === 'RETURN' || step === 'REOPEN') Object.assign(patch, { returnReason: reason, reviewedAt: now, reviewedById: by });
  if (step === 'APPROVE') Object.assign(patch, { reviewedAt: now, reviewedById: by, ...('approvedAt' in (manager.connection.getMetadata(entity).propertiesMap) ? { approvedAt: now } : {}) });
  return updateRecord(manager, actorOf(ctx), entity, id, version, patch, options.hooks, 'id', {
    action: s.action,
    reason,
    guard: async (current) => {
      if (!s.from.includes(current.status)) {
        throw new ConflictError(`A ${current.status} report cannot be ${s.to.toLowerCase()} (allowed from ${s.from.join(' or ')}).`, { reason: 'INVALID_TRANSITION', status: current.status });
      }
      await options.check?.(current);
    },
  });
}
